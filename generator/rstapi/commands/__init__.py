"""One module per subcommand; ``rstapi.cli`` imports a module only when its command runs."""
