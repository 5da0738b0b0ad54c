import json, html, re
def norm(s): return re.sub(r'[^0-9A-Za-z]','',s).upper()
class Page:
    def __init__(s,name):
        s.name=name; s.items=[]; s.n=0
    def add(s,role,kind,value,surface):
        s.n+=1; s.items.append(dict(id=s.n,role=role,kind=kind,value=value,surface=surface)); return s.n
    # html helpers
    def I(s,kind,value,surface=None,role="id",cls=""):
        surface=surface if surface is not None else value
        i=s.add(role,kind,value,surface)
        return f'<span data-i="{i}" class="{cls}">{html.escape(surface)}</span>'
    def K(s,kind,value,surface=None,cls=""):
        return s.I(kind,value,surface,"keep",cls)
