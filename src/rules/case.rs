pub const HELP: &str = "";
