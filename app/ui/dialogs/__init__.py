"""Dialogs that ask the user something; the seams GUI tests answer through."""
