"""Output: the rows model, its contract, the dataset on disk and its validation."""
