"""marsad (مرصد): Arabic news in, evidence-linked political event data out.

The public face of the library::

    import marsad
    doc = marsad.extract("ذكرت وكالة الأنباء ...", date="2025-03-11")
    for section in doc.sections: ...

``extract`` runs the default pipeline on one text; ``load_pipeline`` gives the pipeline itself for
batches; ``read_inputs`` reads files, directories and stdin into documents.
"""

from __future__ import annotations

__version__ = "0.2.0"

from marsad.model import Document, Failure, Span
from marsad.pipeline import Pipeline, load_pipeline
from marsad.read.readers import read_inputs, read_text


def extract(text: str, *, id: str | None = None, title: str | None = None, date: str | None = None) -> Document:
    """Run the default pipeline on one text and return the annotated Document."""
    return load_pipeline().process(read_text(text, id=id, title=title, date=date))


__all__ = ["Document", "Failure", "Pipeline", "Span", "__version__", "extract", "load_pipeline", "read_inputs",
           "read_text"]
