"""The flyer side of the app: library, block and chart editors, live preview, preflight, export and print."""
