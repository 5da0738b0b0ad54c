def fill_start(data=None, purpose_pid="P08", part=True, PART0=("P09","name+email",P["P09"]["name"]+" <"+P["P09"]["email"]+">")):
    d=[t for t in tops() if type(t).__name__=="StartRunDialog"][0]
    les=find("QLineEdit",top=d)
    def le(ph): return [l for l in les if ph in l.placeholderText()][0]
    if data is not None: put(le("Register references"),"-","data",data,"keys")
    g=one("WitnessSection",top=d); g.setChecked(True)
    QtWidgets.QApplication.processEvents()
    les=find("QLineEdit",top=d)
    put(le("DCC witness"),purpose_pid,"text",P[purpose_pid]["text"],"paste")
    tb=one("QTableWidget",top=d)
    one("QPushButton",text="Add participant",top=d).click()
    r=tb.rowCount()-1
    tb.setItem(r,0,QtWidgets.QTableWidgetItem("")); tb.setItem(r,1,QtWidgets.QTableWidgetItem(""))
    for c,(pid,form,val) in enumerate([PART0,("P10","org","Ofgem obs, site "+P["P10"]["addr"]+" "+P["P10"]["forms"]["pc"])]):
        tb.setCurrentCell(r,c); tb.setFocus(); QtTest.QTest.keyClick(tb, Qt.Key_F2)
        ed=QtWidgets.QApplication.focusWidget(); ed.selectAll(); put(ed,pid,form,val,"keys"); QtTest.QTest.keyClick(ed, Qt.Key_Tab)
        QtWidgets.QApplication.processEvents()
    print([[tb.item(i,c).text() if tb.item(i,c) else None for c in range(2)] for i in range(tb.rowCount())])
    return d
