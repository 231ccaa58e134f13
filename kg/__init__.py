"""kg: knowledge graphs of who did what to whom, from news.

Importing kg is cheap: no spaCy model is loaded and no file is read until you build.
"""

__version__ = "0.1.0"
