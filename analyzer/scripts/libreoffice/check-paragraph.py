"""Checks one paragraph with LibreOffice's own LanguageTool client, over UNO.

How the requests in analyzer/test/server-fixtures/libreoffice-7.4-requests.json
were recorded (Debian 12: apt-get install libreoffice-writer python3-uno):

  1. a LibreOffice profile whose user/registrymodifications.xcu sets, under
     /org.openoffice.Office.Linguistic/GrammarChecking/LanguageTool,
     IsEnabled true, BaseURL http://127.0.0.1:18082/v2 (and Username, ApiKey);
  2. tiankong serve --port 18081, and in front of it
     node recording-proxy.mjs http://127.0.0.1:18081 (listens on 18082, writes requests.jsonl);
  3. soffice -env:UserInstallation=file:///path/to/profile --headless --invisible --norestore \\
       --accept="socket,host=127.0.0.1,port=2002;urp;"
  4. /usr/bin/python3 check-paragraph.py '一段草稿。'  (Debian's python3, which has the uno module)

It prints what LibreOffice made of the answer: each error's start, length,
type, comment and suggestions, as Writer would underline them.
"""
import sys
import time

import uno
from com.sun.star.lang import Locale

local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(1)
checker = ctx.ServiceManager.createInstanceWithContext("org.openoffice.lingu.LanguageToolGrammarChecker", ctx)
# getLocales asks the server for /v2/languages; LibreOffice checks only a locale on that list.
print("locales:", [(locale.Language, locale.Country) for locale in checker.getLocales()])
chinese = Locale("zh", "CN", "")
print("hasLocale zh-CN:", checker.hasLocale(chinese))
text = sys.argv[1]
result = checker.doProofreading("doc1", text, chinese, 0, len(text), ())
for error in result.aErrors:
    print("error:", error.nErrorStart, error.nErrorLength, error.nErrorType, error.aShortComment, "|", error.aFullComment,
          "|", list(error.aSuggestions), "|", [(p.Name, p.Value) for p in error.aProperties])
