# Drives LibreOffice's own LanguageTool client (org.openoffice.lingu.LanguageToolGrammarChecker) over UNO.
import sys, time, uno
from com.sun.star.lang import Locale
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
for attempt in range(60):
    try:
        ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=2002;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(1)
smgr = ctx.ServiceManager
checker = smgr.createInstanceWithContext("org.openoffice.lingu.LanguageToolGrammarChecker", ctx)
locales = checker.getLocales()
print("locales:", [(l.Language, l.Country) for l in locales][:80])
zh = Locale("zh", "CN", "")
print("hasLocale zh-CN:", checker.hasLocale(zh))
text = sys.argv[1]
result = checker.doProofreading("doc1", text, zh, 0, len(text), ())
for error in result.aErrors:
    print("error:", error.nErrorStart, error.nErrorLength, error.nErrorType, error.aShortComment, "|", error.aFullComment, "|", list(error.aSuggestions), "|", error.aRuleIdentifier, [(p.Name, p.Value) for p in error.aProperties])
