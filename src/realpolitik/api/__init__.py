"""The HTTP API and dashboard server (``realpolitik serve`` / ``realpolitik demo``)."""

from realpolitik.api.app import ServerConfig, create_app

__all__ = ["ServerConfig", "create_app"]
