"""The desktop application (PySide6): views over the model services."""
