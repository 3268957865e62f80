"""planparse: Korean public-sector work plan PDFs (주요업무계획) to typed tables.

    >>> import planparse
    >>> result = planparse.extract("plan.pdf")
    >>> result.fundings.head()                      # pandas, exact integer won
    >>> con = planparse.connect("dataset/")         # DuckDB over a dataset

See ``planparse.api`` and README ("Python").
"""

# The pipeline's module ``planparse.extract`` is loaded first, so that the name
# ``planparse.extract`` is then the function below, not the module.
import planparse.extract as _pipeline  # noqa: E402, F401
from planparse.api import Result, connect, extract, read_dataset  # noqa: E402
from planparse.version import __version__

__all__ = ["Result", "__version__", "connect", "extract", "read_dataset"]
