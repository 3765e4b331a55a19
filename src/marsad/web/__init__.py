"""The local web app: a REST API under ``/api`` and server-rendered pages over the store (``marsad serve``)."""
