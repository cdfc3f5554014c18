"""placeholder"""
def ocr_pdf(document, name):
    from organiser.errors import ImportRejected
    raise ImportRejected(f"{name}: has no text layer (scanned image?); run OCR first")
