"""The demo district."""

from .generate import DemoResult, generate_demo

__all__ = ["DemoResult", "generate_demo"]
