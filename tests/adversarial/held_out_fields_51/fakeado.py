import json, http.server, re, sys
P={p["id"]:p for p in json.load(open("/tmp/ho36/fields/corpus/pool.json"))}
a=P["P49"]; b=P["P50"]
steps_xml=('<steps id="0" last="3"><step id="2" type="ActionStep"><parameterizedString isformatted="true">&lt;DIV&gt;&lt;P&gt;Send IF-031 for MPAN %s at %s, %s&lt;/P&gt;&lt;/DIV&gt;</parameterizedString>'
 '<parameterizedString isformatted="true">&lt;P&gt;Customer %s (%s) notified&lt;/P&gt;</parameterizedString><description/></step>'
 '<step id="3" type="ValidateStep"><parameterizedString isformatted="true">&lt;P&gt;Check meter %s&amp;nbsp;and CHF %s&lt;/P&gt;</parameterizedString>'
 '<parameterizedString isformatted="true">&lt;P&gt;MPRN %s linked, email %s&lt;/P&gt;</parameterizedString><description/></step></steps>') % (
 a["mpan"][:6]+"&lt;b&gt;"+a["mpan"][6:]+"&lt;/b&gt;", a["addr"], a["pc"].replace(" ","&amp;nbsp;"), a["name"], a["phone"], a["eser"].lower(), a["forms"]["eui"], a["mprn"], a["email"])
WI={"id":92001,"fields":{"System.Id":92001,"System.WorkItemType":"Test Case","System.Title":"Smart install for %s MPAN %s"%(b["name"],b["forms"]["mpan"]),
  "System.AreaPath":"MHHS\\SIT\\%s"%b["pc"],"System.AssignedTo":{"displayName":"Priya Raman","uniqueName":"priya@example.com"},
  "System.Description":"<div>Site: %s %s; gas meter %s; tel %s</div>"%(b["addr"],b["pc"],b["gser"],b["phone"]),
  "Microsoft.VSTS.TCM.Steps":steps_xml,"System.State":"Design","System.Tags":"SIT; %s"%b["eser"]}}
class H(http.server.BaseHTTPRequestHandler):
    def _send(self,obj,code=200):
        data=json.dumps(obj).encode(); self.send_response(code); self.send_header("Content-Type","application/json; charset=utf-8"); self.send_header("Content-Length",str(len(data))); self.end_headers(); self.wfile.write(data)
    def log_message(self,*a): pass
    def handle_any(self):
        n=int(self.headers.get("Content-Length") or 0); body=self.rfile.read(n) if n else b""
        open("/tmp/ho36/fields/out/fakeado.log","a").write("%s %s %s\n"%(self.command,self.path,body[:2000].decode("utf-8","replace")))
        p=self.path.split("?")[0]
        if p.endswith("/_apis/connectionData"): return self._send({"authenticatedUser":{"id":"u1","providerDisplayName":"Priya Raman"},"instanceId":"i1"})
        if re.search(r"/_apis/projects/[^/]+$",p): return self._send({"id":"11111111-2222-3333-4444-555555555555","name":"MHHS-SIT","state":"wellFormed"})
        if p.endswith("/_apis/projects"): return self._send({"count":1,"value":[{"id":"11111111-2222-3333-4444-555555555555","name":"MHHS-SIT"}]})
        if re.search(r"testplan/plans/?$",p) or re.search(r"test/plans/?$",p): return self._send({"count":1,"value":[{"id":700,"name":"SIT cycle 3 – %s"%b["forms"]["pc"],"rootSuite":{"id":701}}]})
        if re.search(r"plans/\d+/?$",p): return self._send({"id":700,"name":"SIT cycle 3 – %s"%b["forms"]["pc"],"rootSuite":{"id":701}})
        if re.search(r"suites/?$",p): return self._send({"count":2,"value":[{"id":701,"name":"root","suiteType":"staticTestSuite"},{"id":702,"name":"CoS for %s"%a["name"],"suiteType":"staticTestSuite","parentSuite":{"id":701}}]})
        if re.search(r"(TestCase|testcases|points)/?$",p,re.I): return self._send({"count":1,"value":[{"workItem":{"id":92001,"name":WI["fields"]["System.Title"],"workItemFields":[{"Microsoft.VSTS.TCM.Steps":steps_xml}]},"pointAssignments":[{"id":5001,"configurationId":1,"configurationName":"Windows","tester":{"displayName":"Priya Raman"}}],"testCase":{"id":"92001"},"id":1}]})
        if "workitems" in p.lower(): return self._send({"count":1,"value":[WI]} if "ids=" in self.path or p.endswith("workitems") else WI)
        if "wiql" in p.lower(): return self._send({"workItems":[{"id":92001}]})
        if self.command in ("POST","PATCH","PUT") or "/runs/" in p.lower():
            return self._send({"id":9001,"url":"http://127.0.0.1:8765/att/1","count":1,"value":[{"id":100000,"testCase":{"id":"92001"},"testPoint":{"id":5001},"outcome":"Unspecified"}]})
        return self._send({"count":0,"value":[]})
    do_GET=do_POST=do_PATCH=do_PUT=handle_any
http.server.ThreadingHTTPServer(("127.0.0.1",8765),H).serve_forever()
