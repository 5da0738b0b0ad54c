import unicodedata
def canon(s):
    s=unicodedata.normalize('NFKC',s); o=[]
    for ch in s:
        if unicodedata.category(ch)=='Cf' or ch=='\u00ad': continue
        if ch.isdigit():
            try: ch=str(unicodedata.digit(ch))
            except: pass
        if ch.isalnum(): o.append(ch.lower())
    return ''.join(o)
