BEGIN TRANSACTION;
CREATE TABLE "audit_log" (
   "seq" INTEGER PRIMARY KEY,
   "at" TEXT NOT NULL,
   "actor" TEXT,
   "action" TEXT NOT NULL,
   "entity" TEXT,
   "entity_id" TEXT,
   "details" TEXT,
   "prev_hash" TEXT NOT NULL,
   "hash" TEXT NOT NULL
);
INSERT INTO "audit_log" VALUES(1,'2026-12-02T17:58:05.434926Z','root','case.import','case','1','{"account":"root","content_sha256":"310be4150073ebb3bf2635513dbae797f3de20bf69bfebfb55a6267a48bce196","reference":"AUD_TC_01","source_file":"cases.yaml","source_format":"attest","version":1}','0000000000000000000000000000000000000000000000000000000000000000','40947fd331949be6ad0a7a519c911e4f5008c504ed0822ae030c4d60ae5ea347');
INSERT INTO "audit_log" VALUES(2,'2026-12-02T17:58:05.457672Z','root','settings.originals','workspace','originals','{"account":"root","mode":"encrypted"}','40947fd331949be6ad0a7a519c911e4f5008c504ed0822ae030c4d60ae5ea347','86bfbcfe29a06f12ee47e8c7cd8e4dc698b42c468cbbb20ae769deb046016746');
INSERT INTO "audit_log" VALUES(3,'2026-12-02T17:58:05.470859Z','root','register.create','register','c6e88200-c21b-4c74-8424-fc99a518e671','{"account":"root","key":"keyring"}','86bfbcfe29a06f12ee47e8c7cd8e4dc698b42c468cbbb20ae769deb046016746','1d3b7226bf6f7a10ad08369dfd48f3b43e2efc34aa563efbaa73636642af4be9');
INSERT INTO "audit_log" VALUES(4,'2026-12-02T17:58:05.471144Z','root','register.add','register','MPAN001','{"account":"root","kind":"mpan","reference":"MPAN001"}','1d3b7226bf6f7a10ad08369dfd48f3b43e2efc34aa563efbaa73636642af4be9','c1f1ab36720ea18899ff91f216f679a64511ef576a0f07a30e0f8eb2e4724ed6');
INSERT INTO "audit_log" VALUES(5,'2026-12-02T17:58:05.487411Z','root','register.import','register','register.csv','{"account":"root","entries":[{"kind":"msn","reference":"SER001"}],"file":"register.csv"}','c1f1ab36720ea18899ff91f216f679a64511ef576a0f07a30e0f8eb2e4724ed6','f016161c3742f92cd9fcec202a3b99a2b15ad1a678995d3d41595fb6778f0f87');
INSERT INTO "audit_log" VALUES(6,'2026-12-02T17:58:05.513577Z','Asha Patel','run.start','run','1','{"account":"root","case_id":1,"case_version":1,"data_refs":["MPAN001"],"environment":"SIT-A","reference":"AUD_TC_01","steps":3}','f016161c3742f92cd9fcec202a3b99a2b15ad1a678995d3d41595fb6778f0f87','7ffe4babf216bf78bcf222a61dd23903771577888fb9ba5d50221daee8d2ab10');
INSERT INTO "audit_log" VALUES(7,'2026-12-02T17:58:05.903373Z','Asha Patel','step.record','run','1','{"account":"root","actual":"Portal shown","evidence":["f99b8e3c5c07bde8b9f2dc2574d041a783a09a8a9ece44ae251242cbb50be218","7abaeb42de75e615a9f0a841bb335717a4076d29dc2bdda918c85a14bf4935e3"],"result_id":1,"status":"passed","step":1}','7ffe4babf216bf78bcf222a61dd23903771577888fb9ba5d50221daee8d2ab10','1fe61cfdca674ad7880b1deb04ec8142c14360ff2f58a3a82513fc1ab06a7fc6');
INSERT INTO "audit_log" VALUES(8,'2026-12-02T17:58:05.903697Z','Asha Patel','evidence.add','evidence','1','{"account":"root","caption":"The portal","kind":"screenshot","masked":{},"name":"screen.png","redaction":"redacted","run_id":1,"sha256":"f99b8e3c5c07bde8b9f2dc2574d041a783a09a8a9ece44ae251242cbb50be218","step":1}','1fe61cfdca674ad7880b1deb04ec8142c14360ff2f58a3a82513fc1ab06a7fc6','4e21b01ca4e5ebb484807deae135cc524572f2fe2430a29427b253f5af90808f');
INSERT INTO "audit_log" VALUES(9,'2026-12-02T17:58:05.903863Z','Asha Patel','evidence.add','evidence','2','{"account":"root","caption":"The portal","kind":"payload","masked":{"MPAN":1},"name":"payload.json","redaction":"redacted","run_id":1,"sha256":"7abaeb42de75e615a9f0a841bb335717a4076d29dc2bdda918c85a14bf4935e3","step":1}','4e21b01ca4e5ebb484807deae135cc524572f2fe2430a29427b253f5af90808f','feed8ef5faa9389c6a60275467639442e805971b0e6cb2c5110ce5bad9dc8b45');
INSERT INTO "audit_log" VALUES(10,'2026-12-02T17:58:05.919824Z','Asha Patel','evidence.annotate','evidence','1','{"account":"root","annotations":[{"h":20,"text":"Here","type":"box","w":50,"x":10,"y":10}],"run_id":1,"step":1}','feed8ef5faa9389c6a60275467639442e805971b0e6cb2c5110ce5bad9dc8b45','9016341b5e53985e59cf49346785f0d06715ca48c7569a7698ec35dff853a71d');
INSERT INTO "audit_log" VALUES(11,'2026-12-02T17:58:06.003545Z','Asha Patel','evidence.mask','evidence','1','{"account":"root","change":{"action":"add","box":[100,10,150,40],"detector":"manual","kind":"manual","reason":""},"from":"f99b8e3c5c07bde8b9f2dc2574d041a783a09a8a9ece44ae251242cbb50be218","masked":{"manual":1},"run_id":1,"step":1,"to":"e3f3606e2c77ce348a32a9bbdde2fd95138c337df1f985535f488e645fc79525"}','9016341b5e53985e59cf49346785f0d06715ca48c7569a7698ec35dff853a71d','9f5a4144b687611247a9449fb0f91ceca5a80ed4737e3719497972f7151fb8c0');
INSERT INTO "audit_log" VALUES(12,'2026-12-02T17:58:06.014319Z','Asha Patel','step.amend','run','1','{"account":"root","deviation":{"id":1,"kind":"amend","reason":"Typo in the script"},"from":{"action":"Send the flow","expected":"Accepted"},"step":2,"to":{"action":"Send the D0150 flow","expected":"Accepted"}}','9f5a4144b687611247a9449fb0f91ceca5a80ed4737e3719497972f7151fb8c0','d06b9049f75d61ab5578e1da11969a8cde334b2133b86dd6c8410ff8d0f2a435');
INSERT INTO "audit_log" VALUES(13,'2026-12-02T17:58:06.029902Z','Asha Patel','step.record','run','1','{"account":"root","actual":"Error shown","deviation":{"id":2,"kind":"skip","reason":"Step 2 tracker down"},"evidence":[],"result_id":2,"status":"failed","step":3}','d06b9049f75d61ab5578e1da11969a8cde334b2133b86dd6c8410ff8d0f2a435','7b8dfe2902bec420ca5d3529d95e877e643fe1749bc8db82164f123db8b4a2f9');
INSERT INTO "audit_log" VALUES(14,'2026-12-02T17:58:06.041582Z','Asha Patel','observation.add','observation','1','{"account":"root","kind":"observation","raised_by":"Asha Patel","run_id":1,"step":3,"text":"Tracker slow"}','7b8dfe2902bec420ca5d3529d95e877e643fe1749bc8db82164f123db8b4a2f9','55f213d00fa556d78081580296056b3a3621398139750cdac9fb37ea081fb8ba');
INSERT INTO "audit_log" VALUES(15,'2026-12-02T17:58:06.054934Z','Asha Patel','defect.add','defect','1','{"account":"root","priority":"P2","run_id":1,"severity":"S3","step":3,"title":"No correlation id"}','55f213d00fa556d78081580296056b3a3621398139750cdac9fb37ea081fb8ba','549cf0a3cb3cd38ecb299cbe8e5e0a9d6b90aac34ee86ad3bab6baa3d2db7cbb');
INSERT INTO "audit_log" VALUES(16,'2026-12-02T17:58:06.084941Z','Asha Patel','run.finish','run','1','{"account":"root","status":"failed","steps":{"blocked":0,"failed":1,"not-run":0,"passed":1,"unrecorded":1}}','549cf0a3cb3cd38ecb299cbe8e5e0a9d6b90aac34ee86ad3bab6baa3d2db7cbb','2c28233364d2c40021729949f92866421ca253dad12955a0326c753ac3336b10');
INSERT INTO "audit_log" VALUES(17,'2026-12-02T17:58:06.724148Z','root','pack.build','run','1','{"account":"root","audit_head":"2c28233364d2c40021729949f92866421ca253dad12955a0326c753ac3336b10","file":"AUD_TC_01_evidence.docx","items":{"AUD_TC_01_step01_1":"7f44db5845c940bd8c51deaedb766b40e1dbec40bdab060527915caff4c81b66","AUD_TC_01_step01_2":"7abaeb42de75e615a9f0a841bb335717a4076d29dc2bdda918c85a14bf4935e3"},"manifest_sha256":"e741a72a1f53d97f06fe999f65f0e33cef47e6e43bc4fc98026e00a697c2d6b3","run_record_sha256":"00b3c1243621f0856db3f43a516691cf2a4cda74768fb7f63da00de1dd97be7d","sha256":"e3051747092f20617af36224fa6d323ccf51f7815dc4103d1abf121597609c56","with_files":false}','2c28233364d2c40021729949f92866421ca253dad12955a0326c753ac3336b10','aa821ffd06fb59c3808d788840502c4007935f10648bf40185e461b57956a035');
INSERT INTO "audit_log" VALUES(18,'2026-12-02T17:58:06.743295Z','Asha Patel','run.start','run','2','{"account":"root","case_id":1,"case_version":1,"data_refs":[],"environment":"","purpose":"DCC witness test","reference":"AUD_TC_01","steps":3,"witnessed":true}','aa821ffd06fb59c3808d788840502c4007935f10648bf40185e461b57956a035','61f55ac2cdfe04dcfb0414e9bafdc9d6de8c237f5f9aea89e58557f0427f8cda');
INSERT INTO "audit_log" VALUES(19,'2026-12-02T17:58:06.744284Z','Asha Patel','participant.add','participant','1','{"account":"root","name":"Dev Rao","organisation":"DCC","role":"witness","run_id":2}','61f55ac2cdfe04dcfb0414e9bafdc9d6de8c237f5f9aea89e58557f0427f8cda','d5cddae26792bcdabfc5693626027514416cd7590ad9d42e95d33021f5ea3560');
INSERT INTO "audit_log" VALUES(20,'2026-12-02T17:58:06.762404Z','Asha Patel','participant.add','participant','2','{"account":"root","name":"Sam Lee","organisation":"Elexon","role":"observer","run_id":2}','d5cddae26792bcdabfc5693626027514416cd7590ad9d42e95d33021f5ea3560','bd92996f5499a3771b11f63678ecc4f92eee30cc26e60ad8b5f66304648c2e26');
INSERT INTO "audit_log" VALUES(21,'2026-12-02T17:58:06.780395Z','Asha Patel','step.record','run','2','{"account":"root","actual":"ok","evidence":[],"result_id":3,"status":"passed","step":1}','bd92996f5499a3771b11f63678ecc4f92eee30cc26e60ad8b5f66304648c2e26','da325aed26a200efbff3f67d7f8db75ab24901e7a42ece3299c05e5d2d654fd5');
INSERT INTO "audit_log" VALUES(22,'2026-12-02T17:58:06.797110Z','Dev Rao','observation.add','observation','2','{"account":"root","kind":"query","raised_by":"Dev Rao","run_id":2,"step":1,"text":"Why this screen?"}','da325aed26a200efbff3f67d7f8db75ab24901e7a42ece3299c05e5d2d654fd5','cd1ca049ece0070a5d083dfc1680cc5967dd2f9bd9f58d882854a2de260cda73');
INSERT INTO "audit_log" VALUES(23,'2026-12-02T17:58:06.813466Z','Asha Patel','observation.respond','observation','2','{"account":"root","response":"It is the portal","run_id":2}','cd1ca049ece0070a5d083dfc1680cc5967dd2f9bd9f58d882854a2de260cda73','d179b962fe2f90eeec693962ebcc720e6a0cbe28f29560fe0b442cad2976d364');
INSERT INTO "audit_log" VALUES(24,'2026-12-02T17:58:06.831590Z','Dev Rao','observation.add','observation','3','{"account":"root","kind":"defect-candidate","raised_by":"Dev Rao","run_id":2,"step":null,"text":"Slow reply"}','d179b962fe2f90eeec693962ebcc720e6a0cbe28f29560fe0b442cad2976d364','5f528965ec6eeb243b9e854f3573a2e4f7e912a01d99b67331fee6befc796277');
INSERT INTO "audit_log" VALUES(25,'2026-12-02T17:58:06.875576Z','Asha Patel','defect.add','defect','2','{"account":"root","priority":"P3","run_id":2,"severity":"S4","step":null,"title":"Slow reply"}','5f528965ec6eeb243b9e854f3573a2e4f7e912a01d99b67331fee6befc796277','fa27a7f6bb0dc717f5b206da3d65bb7a93bedd88c7b3edf035a36b0540c3c446');
INSERT INTO "audit_log" VALUES(26,'2026-12-02T17:58:06.876235Z','Asha Patel','observation.promote','observation','3','{"account":"root","defect_id":2,"run_id":2}','fa27a7f6bb0dc717f5b206da3d65bb7a93bedd88c7b3edf035a36b0540c3c446','74cd23876da8373c780b810daf03a1e96fe5ae211262ced3f45a9892418de153');
INSERT INTO "audit_log" VALUES(27,'2026-12-02T17:58:06.918569Z','Asha Patel','run.finish','run','2','{"account":"root","status":"incomplete","steps":{"blocked":0,"failed":0,"not-run":0,"passed":1,"unrecorded":2}}','74cd23876da8373c780b810daf03a1e96fe5ae211262ced3f45a9892418de153','1893589e001ca4bb0f3c604e77ad60a0ab6d9bfa04398904c434e815913f6a05');
INSERT INTO "audit_log" VALUES(28,'2026-12-02T17:58:06.924517Z','Asha Patel','run.washup','run','2','{"account":"root","actions":{"2":"Re-check the portal"},"outcome":"accepted-with-observations","signed_at":"2026-12-02T17:58:06.924050Z","signed_by":"Dev Rao"}','1893589e001ca4bb0f3c604e77ad60a0ab6d9bfa04398904c434e815913f6a05','9c073a08be43334c692034b8a7266fc2052c99bc95a40393f78b86e186c8e05b');
INSERT INTO "audit_log" VALUES(29,'2026-12-02T17:58:07.672647Z','root','witness.report','run','2','{"account":"root","file":"witness_report.docx","outcome":"accepted-with-observations","sha256":"1d047d63eb8dab054f5d0adf4c5b6136979ea5568c7d8df7ed8c616ec622a3e3"}','9c073a08be43334c692034b8a7266fc2052c99bc95a40393f78b86e186c8e05b','810593f94d3ccd2eb57a0e779517f45257308656640d8b9752a9461fb2e33788');
CREATE TABLE "case_versions" (
   "id" INTEGER PRIMARY KEY,
   "case_id" INTEGER NOT NULL REFERENCES "cases"("id"),
   "version" INTEGER NOT NULL,
   "title" TEXT,
   "content" TEXT NOT NULL,
   "content_sha256" TEXT,
   "source_file" TEXT,
   "source_format" TEXT,
   "imported_at" TEXT,
   "imported_by" TEXT
);
INSERT INTO "case_versions" VALUES(1,1,1,'Audit fixture','{"attributes": {}, "description": "", "preconditions": "", "reference": "AUD_TC_01", "steps": [{"action": "Open the portal", "checks": [], "expected": "Portal shown", "instructions": [], "name": null, "payload_template": null}, {"action": "Send the flow", "checks": [], "expected": "Accepted", "instructions": [], "name": null, "payload_template": null}, {"action": "Check the result", "checks": [], "expected": "Result shown", "instructions": [], "name": null, "payload_template": null}], "test_data": "", "title": "Audit fixture"}','310be4150073ebb3bf2635513dbae797f3de20bf69bfebfb55a6267a48bce196','cases.yaml','attest','2026-12-02T17:58:05.434417Z','root');
CREATE TABLE "cases" (
   "id" INTEGER PRIMARY KEY,
   "reference" TEXT NOT NULL,
   "created_at" TEXT
);
INSERT INTO "cases" VALUES(1,'AUD_TC_01','2026-12-02T17:58:05.434417Z');
CREATE TABLE "defects" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "title" TEXT NOT NULL,
   "description" TEXT,
   "severity" TEXT NOT NULL,
   "priority" TEXT NOT NULL,
   "status" TEXT,
   "raised_by" TEXT,
   "raised_at" TEXT
);
INSERT INTO "defects" VALUES(1,1,3,'No correlation id','','S3','P2','open','Asha Patel','2026-12-02T17:58:06.054580Z');
INSERT INTO "defects" VALUES(2,2,NULL,'Slow reply','Raised as observation 3 by Dev Rao','S4','P3','open','Asha Patel','2026-12-02T17:58:06.870961Z');
CREATE TABLE "deviations" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "kind" TEXT,
   "reason" TEXT NOT NULL,
   "recorded_by" TEXT,
   "recorded_at" TEXT
);
INSERT INTO "deviations" VALUES(1,1,2,'amend','Typo in the script','Asha Patel','2026-12-02T17:58:06.014105Z');
INSERT INTO "deviations" VALUES(2,1,3,'skip','Step 2 tracker down','Asha Patel','2026-12-02T17:58:06.029588Z');
CREATE TABLE "evidence_items" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "result_id" INTEGER REFERENCES "step_results"("id"),
   "sha256" TEXT NOT NULL,
   "kind" TEXT NOT NULL,
   "name" TEXT,
   "caption" TEXT,
   "size" INTEGER,
   "redaction" TEXT NOT NULL,
   "added_by" TEXT,
   "added_at" TEXT
, "annotations" TEXT NOT NULL DEFAULT '[]', "masks" TEXT);
INSERT INTO "evidence_items" VALUES(1,1,1,1,'e3f3606e2c77ce348a32a9bbdde2fd95138c337df1f985535f488e645fc79525','screenshot','screen.png','The portal',675,'redacted','Asha Patel','2026-12-02T17:58:05.903541Z','[{"h": 20, "text": "Here", "type": "box", "w": 50, "x": 10, "y": 10}]','[{"kind": "manual", "box": [100, 10, 150, 40], "detector": "manual"}]');
INSERT INTO "evidence_items" VALUES(2,1,1,1,'7abaeb42de75e615a9f0a841bb335717a4076d29dc2bdda918c85a14bf4935e3','payload','payload.json','The portal',36,'redacted','Asha Patel','2026-12-02T17:58:05.903756Z','[]','[{"kind": "MPAN", "line": 1, "column": 11, "detector": "pattern"}]');
CREATE TABLE "meta" (
   "key" TEXT PRIMARY KEY,
   "value" TEXT NOT NULL
);
INSERT INTO "meta" VALUES('workspace_id','c6e88200-c21b-4c74-8424-fc99a518e671');
INSERT INTO "meta" VALUES('originals','encrypted');
CREATE TABLE "observations" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER,
   "kind" TEXT NOT NULL,
   "text" TEXT NOT NULL,
   "raised_by" TEXT,
   "raised_at" TEXT,
   "response" TEXT
, "action" TEXT NOT NULL DEFAULT '', "defect_id" INTEGER);
INSERT INTO "observations" VALUES(1,1,3,'observation','Tracker slow','Asha Patel','2026-12-02T17:58:06.041383Z','','',NULL);
INSERT INTO "observations" VALUES(2,2,1,'query','Why this screen?','Dev Rao','2026-12-02T17:58:06.796808Z','It is the portal','Re-check the portal',NULL);
INSERT INTO "observations" VALUES(3,2,NULL,'defect-candidate','Slow reply','Dev Rao','2026-12-02T17:58:06.831271Z','','',2);
CREATE TABLE "participants" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "name" TEXT NOT NULL,
   "organisation" TEXT,
   "role" TEXT NOT NULL,
   "added_at" TEXT NOT NULL
);
INSERT INTO "participants" VALUES(1,2,'Dev Rao','DCC','witness','2026-12-02T17:58:06.744077Z');
INSERT INTO "participants" VALUES(2,2,'Sam Lee','Elexon','observer','2026-12-02T17:58:06.762106Z');
CREATE TABLE "renditions" (
   "key" TEXT PRIMARY KEY,
   "sha256" TEXT NOT NULL,
   "format" TEXT NOT NULL,
   "created_at" TEXT NOT NULL
);
INSERT INTO "renditions" VALUES('cbb0b9a129888bcb04ea34e966a2bf90e291f239332f7eb810bfaadb26f5951f','a5bebb988e3892f54728f66a62698eeebd92d24bb710918544785fe2c3b89a5b','PNG','2026-12-02T17:58:05.967498Z');
INSERT INTO "renditions" VALUES('b4e928d450ee77d5e4cd72cbff4b8cbe2f30814413ede74969a1212154caec27','7f44db5845c940bd8c51deaedb766b40e1dbec40bdab060527915caff4c81b66','PNG','2026-12-02T17:58:06.279472Z');
CREATE TABLE "run_steps" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "action" TEXT NOT NULL,
   "expected" TEXT,
   "name" TEXT
);
INSERT INTO "run_steps" VALUES(1,1,1,'Open the portal','Portal shown',NULL);
INSERT INTO "run_steps" VALUES(2,1,2,'Send the D0150 flow','Accepted',NULL);
INSERT INTO "run_steps" VALUES(3,1,3,'Check the result','Result shown',NULL);
INSERT INTO "run_steps" VALUES(4,2,1,'Open the portal','Portal shown',NULL);
INSERT INTO "run_steps" VALUES(5,2,2,'Send the flow','Accepted',NULL);
INSERT INTO "run_steps" VALUES(6,2,3,'Check the result','Result shown',NULL);
CREATE TABLE "runs" (
   "id" INTEGER PRIMARY KEY,
   "case_id" INTEGER NOT NULL REFERENCES "cases"("id"),
   "case_version_id" INTEGER NOT NULL REFERENCES "case_versions"("id"),
   "reference" TEXT,
   "title" TEXT,
   "tester" TEXT,
   "environment" TEXT,
   "status" TEXT NOT NULL,
   "started_at" TEXT NOT NULL,
   "finished_at" TEXT,
   "snapshot" TEXT NOT NULL
, "data_refs" TEXT NOT NULL DEFAULT '[]', "witnessed" INTEGER NOT NULL DEFAULT 0, "purpose" TEXT NOT NULL DEFAULT '', "outcome" TEXT, "signed_by" TEXT, "signed_at" TEXT);
INSERT INTO "runs" VALUES(1,1,1,'AUD_TC_01','Audit fixture','Asha Patel','SIT-A','failed','2026-12-02T17:58:05.512612Z','2026-12-02T17:58:06.084532Z','{"attributes": {}, "description": "", "preconditions": "", "reference": "AUD_TC_01", "steps": [{"action": "Open the portal", "checks": [], "expected": "Portal shown", "instructions": [], "name": null, "payload_template": null}, {"action": "Send the flow", "checks": [], "expected": "Accepted", "instructions": [], "name": null, "payload_template": null}, {"action": "Check the result", "checks": [], "expected": "Result shown", "instructions": [], "name": null, "payload_template": null}], "test_data": "", "title": "Audit fixture"}','["MPAN001"]',0,'',NULL,NULL,NULL);
INSERT INTO "runs" VALUES(2,1,1,'AUD_TC_01','Audit fixture','Asha Patel','','incomplete','2026-12-02T17:58:06.742462Z','2026-12-02T17:58:06.917966Z','{"attributes": {}, "description": "", "preconditions": "", "reference": "AUD_TC_01", "steps": [{"action": "Open the portal", "checks": [], "expected": "Portal shown", "instructions": [], "name": null, "payload_template": null}, {"action": "Send the flow", "checks": [], "expected": "Accepted", "instructions": [], "name": null, "payload_template": null}, {"action": "Check the result", "checks": [], "expected": "Result shown", "instructions": [], "name": null, "payload_template": null}], "test_data": "", "title": "Audit fixture"}','[]',1,'DCC witness test','accepted-with-observations','Dev Rao','2026-12-02T17:58:06.924050Z');
CREATE TABLE "scans" (
   "sha256" TEXT,
   "register" TEXT,
   "scanner" TEXT,
   "findings" TEXT NOT NULL,
   "scanned_at" TEXT NOT NULL,
   PRIMARY KEY ("sha256", "register", "scanner")
);
INSERT INTO "scans" VALUES('f99b8e3c5c07bde8b9f2dc2574d041a783a09a8a9ece44ae251242cbb50be218','f3a3aa20ff698cd97c89db23c5202336e4e711e436759af9301e74ee46b8682d','e518689f8b3388f4','[]','2026-12-02T17:58:05.874242Z');
INSERT INTO "scans" VALUES('e3f3606e2c77ce348a32a9bbdde2fd95138c337df1f985535f488e645fc79525','f3a3aa20ff698cd97c89db23c5202336e4e711e436759af9301e74ee46b8682d','e518689f8b3388f4','[]','2026-12-02T17:58:06.001145Z');
CREATE TABLE "schema_version" (
   "version" INTEGER PRIMARY KEY,
   "applied_at" TEXT
);
INSERT INTO "schema_version" VALUES(1,'2026-12-02T17:58:05.397981+00:00');
INSERT INTO "schema_version" VALUES(2,'2026-12-02T17:58:05.402187+00:00');
INSERT INTO "schema_version" VALUES(3,'2026-12-02T17:58:05.403343+00:00');
INSERT INTO "schema_version" VALUES(4,'2026-12-02T17:58:05.404083+00:00');
INSERT INTO "schema_version" VALUES(5,'2026-12-02T17:58:05.404877+00:00');
INSERT INTO "schema_version" VALUES(6,'2026-12-02T17:58:05.405535+00:00');
INSERT INTO "schema_version" VALUES(7,'2026-12-02T17:58:05.408236+00:00');
CREATE TABLE "step_results" (
   "id" INTEGER PRIMARY KEY,
   "run_id" INTEGER NOT NULL REFERENCES "runs"("id"),
   "step_index" INTEGER NOT NULL,
   "status" TEXT NOT NULL,
   "actual" TEXT,
   "recorded_by" TEXT,
   "recorded_at" TEXT
);
INSERT INTO "step_results" VALUES(1,1,1,'passed','Portal shown','Asha Patel','2026-12-02T17:58:05.903029Z');
INSERT INTO "step_results" VALUES(2,1,3,'failed','Error shown','Asha Patel','2026-12-02T17:58:06.029588Z');
INSERT INTO "step_results" VALUES(3,2,1,'passed','ok','Asha Patel','2026-12-02T17:58:06.780068Z');
CREATE UNIQUE INDEX "idx_cases_reference"
    ON "cases" ("reference");
CREATE UNIQUE INDEX "idx_case_versions_case_id_version"
    ON "case_versions" ("case_id", "version");
CREATE UNIQUE INDEX "idx_run_steps_run_id_step_index"
    ON "run_steps" ("run_id", "step_index");
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE INDEX "idx_step_results_run_id_step_index"
    ON "step_results" ("run_id", "step_index");
CREATE INDEX "idx_evidence_items_run_id_step_index"
    ON "evidence_items" ("run_id", "step_index");
CREATE INDEX "idx_evidence_items_sha256"
    ON "evidence_items" ("sha256");
CREATE INDEX "idx_participants_run_id"
    ON "participants" ("run_id");
COMMIT;
