//! Checking documents: the stages of the pipeline put together.
