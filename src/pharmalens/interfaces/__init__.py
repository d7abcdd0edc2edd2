"""Command line, REST API, web UI and exports: thin layers over the library."""
