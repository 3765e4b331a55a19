"""``marsad serve``: the web app over the store (thin)."""

from __future__ import annotations

import ipaddress
import os

import click

from marsad.cli.store import DB_HELP


@click.command()
@click.option("--db", "db", default=None, metavar="PATH|URL", help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default is this machine only; anything else exposes the data.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db: str | None, host: str, port: int) -> None:
    """Serve the web dashboard and the REST API (OpenAPI at /docs) over the store.

    Pages show each document's Arabic text with its actors, event triggers and claims highlighted,
    an events explorer, actor pages with timelines and the alignment report. The server is read-only
    unless MARSAD_TOKEN is set: then POST /api/documents with "Authorization: Bearer <token>" ingests
    a text. It never fetches anything from the network.

    \b
    Examples:
      marsad serve
      MARSAD_TOKEN=secret marsad serve --db postgresql+psycopg://me@localhost/marsad --port 8080
    """
    import uvicorn

    from marsad.errors import MarsadError
    from marsad.web.app import create_app

    try:
        app = create_app(db)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        click.echo(f"marsad: warning: listening on {host}, reachable from other machines", err=True)
    mode = "accepting documents with the token" if os.environ.get("MARSAD_TOKEN") else "read-only"
    click.echo(f"marsad: serving {app.state.engine.url.render_as_string(hide_password=True)} ({mode}) "
               f"at http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
