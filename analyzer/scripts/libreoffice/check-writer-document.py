"""Checks a paragraph in a real (hidden) Writer document, the way Writer does.

The text goes into a new Writer document with the language Chinese (China);
LibreOffice's proofreading iterator then picks the grammar checker for that
language itself (the LanguageTool Remote Grammar Checker, pointed at
`tiankong serve` by the profile) and returns what Writer would underline.
Set-up as for check-paragraph.py; run with Debian's /usr/bin/python3.
"""
import sys
import time

import uno
from com.sun.star.lang import Locale
from com.sun.star.beans import PropertyValue
from com.sun.star.text.TextMarkupType import PROOFREADING
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext"); break
    except Exception: time.sleep(1)
smgr = ctx.ServiceManager
desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
hidden = PropertyValue(); hidden.Name = "Hidden"; hidden.Value = True
doc = desktop.loadComponentFromURL("private:factory/swriter", "_blank", 0, (hidden,))
text = doc.getText()
cursor = text.createTextCursor()
zh = Locale("zh", "CN", "")
cursor.setPropertyValue("CharLocaleAsian", zh)
cursor.setPropertyValue("CharLocale", zh)
text.insertString(cursor, sys.argv[1], False)
iterator = smgr.createInstanceWithContext("com.sun.star.linguistic2.ProofreadingIterator", ctx)
flat = doc.getFlatParagraphIterator(PROOFREADING, False)
paragraph = flat.getFirstPara()
print("paragraph:", paragraph.getText(), paragraph.getLanguageOfText(0, 1).Language if paragraph else None)
result = iterator.checkSentenceAtPosition(doc, paragraph, paragraph.getText(), zh, 0, 0, 0)
print("checker:", result.xProofreader.getImplementationName() if result.xProofreader else None)
for error in result.aErrors:
    print("error:", error.nErrorStart, error.nErrorLength, error.aShortComment)
doc.close(True)
