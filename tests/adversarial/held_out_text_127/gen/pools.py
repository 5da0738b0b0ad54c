# value pools (invented)
FIRST_LAST = [
 # english names that are also words
 ("Holly","Wood"),("Rose","Green"),("Mark","Bell"),("Grace","Church"),("Bill","Fox"),("Frank","Hall"),
 ("Amber","Stone"),("Dawn","Field"),("Robin","Hill"),("Will","Carter"),("Faith","Cook"),("Jack","Baker"),
 ("Summer","Brook"),("Heather","Moss"),("Daisy","Marsh"),("Pearl","Shepherd"),("Guy","Mason"),("Sandy","Hay"),
 ("Joy","Price"),("Hope","Bird"),("Carol","Singer"),("Hazel","Nutt"),("Ivy","Knight"),("Penny","Black"),
 ("Victor","Rich"),("Norman","Rivers"),("Crystal","Waters"),("Ray","Gunn"),("Iris","Flowers"),("Ruby","Steel"),
 # welsh / scottish / irish
 ("Rhys","ap Gwilym"),("Siân","Prydderch"),("Iolo","Llewellyn"),("Angharad","Pughe"),("Dafydd","Gruffydd"),
 ("Mhairi","MacLeod"),("Eilidh","Macaulay"),("Ruaridh","Mackintosh"),("Catriona","Urquhart"),("Alasdair","MacGillivray"),
 ("Siobhán","Ó Briain"),("Niamh","Mulcahy"),("Caoimhe","Ní Dhonnchadha"),("Tadhg","O'Sullivan"),
 # european
 ("Wojciech","Kowalczyk"),("Zofia","Wiśniewska"),("Agnieszka","Szymańska"),("João","Ferreira"),("Giulia","Esposito"),
 ("Eleni","Papadopoulou"),("Mehmet","Yılmaz"),("Ionela","Constantinescu"),("Jürgen","Weißmüller"),("Ilse","van der Berg"),
 ("Lucía","Fernández"),("Dragan","Petrović"),("Aurélie","Lefèvre"),("Sven","Lindqvist"),
 # asian / african / middle eastern
 ("Priya","Venkataraman"),("Imran","Qureshi"),("Harpreet","Dhaliwal"),("Chukwuemeka","Okonkwo"),("Kwame","Asante"),
 ("Abdirahman","Warsame"),("Fatima","Al-Sayed"),("Nguyen","Thi Lan"),("Zhang","Xiaoming"),("Haruto","Sato"),
 ("Park","Ji-woo"),("Oluwaseun","Adeyemi"),("Tendai","Moyo"),("Anjali","Raghunathan"),("Farhan","Chowdhury"),
 ("Yusuf","Demirci"),("Thandiwe","Nkosi"),("Ayesha","Siddiqui"),("Babajide","Ogunleye"),("Mei","Xiong"),
]
TITLES = ["Mr","Mrs","Ms","Miss","Dr","Mx"]
# street, town, (postcode area letters)
STREETS = [
 ("Heol y Felin","Llandeilo","SA"),("Ffordd Penrhos","Bangor","LL"),("Stryd y Castell","Caernarfon","LL"),
 ("Lôn Glasfryn","Aberystwyth","SY"),("Clos Cae Mawr","Pontypridd","CF"),("Marischal Street","Peterhead","AB"),
 ("Dumbarton Road","Glasgow","G"),("Inverlochy Crescent","Fort William","PH"),("Kenneth Street","Stornoway","HS"),
 ("Braehead Terrace","Kirkwall","KW"),("Commercial Street","Lerwick","ZE"),("Marchmont Road","Edinburgh","EH"),
 ("Tolcarne Road","Newquay","TR"),("Fore Street","Bodmin","PL"),("Wensleydale Avenue","Ripon","HG"),
 ("Gorse Lane","Thetford","IP"),("Sycamore Close","Kettering","NN"),("Albion Terrace","Whitby","YO"),
 ("Primrose Hill","Huddersfield","HD"),("Tithe Barn Drive","Maidenhead","SL"),("Blackberry Way","Ashford","TN"),
 ("Lister Gardens","Bradford","BD"),("Copperfield Court","Rochester","ME"),("Kingfisher Rise","Stowmarket","IP"),
 ("Penlan Crescent","Llanelli","SA"),("Bryn Teg","Rhyl","LL"),("Strathearn Place","Crieff","PH"),
 ("Mill Wynd","Haddington","EH"),("Canongate","Jedburgh","TD"),("Queen Margaret Drive","Dunfermline","KY"),
]
HOUSE_NAMES = ["Ty Gwyn","The Old Forge","Rose Cottage","Bryn Awel","Glenview","Hafod","The Granary","Croft House","Pen y Bryn","Lochside"]
OUIS = ["00-1B-C5","D0-52-A8","70-B3-D5","00-0D-6F","BC-33-AC","84-18-26","00-12-4B","58-8E-81"]
DOMAINS = ["example.com","example.co.uk","example.org","example.net"]
PHONE_PATTERNS = [("07700 900",3),("020 7946 0",3),("0113 496 0",3),("0117 496 0",3),("0131 496 0",3),("0141 496 0",3),
 ("0161 496 0",3),("0191 498 0",3),("029 2018 0",3),("01632 960",3),("0121 496 0",3),("0118 496 0",3)]
ADDR_STOP = {"road","street","avenue","lane","close","drive","way","court","place","crescent","terrace","gardens","hill","rise",
 "flat","house","cottage","the","and","upper","lower","north","south","east","west","new","old","unit","apartment","floor"}
