"""The analysts' web UI and REST API over a store (`lagebild serve`); `create_app` builds the FastAPI app."""
