M = {
    "slug": "uz-patient-transfer-jehovah-witness",
    "lang": "en", "action": "block", "entities": ["ART9_HEALTH", "ART9_RELIGION"],
    "note": "hospital transfer summary to a foreign clinic with diagnosis and the patient's religion (refuses blood as a Jehovah's Witness)",
    "from": "Dr. Katrien Wouters <katrien.wouters@uzleuven.be>",
    "to": ["transfers@klinikum-aachen-example.de"],
    "subject": "Patient transfer request - Mr. Hans Peter Schulte - ICU bed",
    "date": "Mon, 18 May 2026 06:52:14 +0200",
    "body": """Dear colleagues,

Following our phone call this morning, I confirm the transfer request for Mr. Hans Peter
Schulte (German national, 67), currently in our surgical ICU.

Clinical summary:
- admitted 14 May with a ruptured abdominal aortic aneurysm, treated by endovascular
  repair (EVAR);
- post-operative acute kidney injury, creatinine improving, no dialysis needed;
- haemoglobin 8.1 g/dl this morning.

Important: Mr. Schulte is a Jehovah's Witness and has signed an advance directive refusing
any transfusion of blood or blood components. He accepts cell salvage and erythropoietin.

The family wishes him to be treated closer to home in Aachen. He is stable for transport
by ICU ambulance. Please let us know whether you can accept him on Wednesday.

Kind regards,

Dr. Katrien Wouters
Intensive Care Medicine - University Hospitals Leuven
Herestraat 49, 3000 Leuven - +32 16 34 00 00
""",
}
