"""Tables: ruled and boxed grids into tables, and tables into domain rows."""
