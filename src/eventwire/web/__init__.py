"""The eventwire Datasette plugin package: hooks in `plugin`, templates/ and static/ served from here.

Datasette finds a plugin's templates and static files beside the registered module, so the package
itself (not `plugin`) is what `eventwire.web.app.register_plugin` registers.
"""

from .plugin import (
    asgi_wrapper,
    extra_css_urls,
    menu_links,
    prepare_connection,
    prepare_jinja2_environment,
    register_routes,
    render_cell,
    skip_csrf,
    table_actions,
)

__all__ = [
    "asgi_wrapper",
    "extra_css_urls",
    "menu_links",
    "prepare_connection",
    "prepare_jinja2_environment",
    "register_routes",
    "render_cell",
    "skip_csrf",
    "table_actions",
]
