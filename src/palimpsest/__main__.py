from palimpsest.cli import app

app()
