<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz-Latn">
<context>
    <name>console</name>
    <message>
        <source>A date is written as 2026-12-01.</source>
        <translation>Sana 2026-12-01 koʻrinishida yoziladi.</translation>
    </message>
    <message>
        <source>Agency name contains</source>
        <translation>Agentlik nomida bor</translation>
    </message>
    <message>
        <source>Asked for money before giving a job or visa</source>
        <translation>Ish yoki viza berishdan oldin pul soʻrashgan</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Oʻzgartirilgan</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Kim oʻzgartirgan</translation>
    </message>
    <message>
        <source>Choose one of the statuses.</source>
        <translation>Holatlardan birini tanlang.</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Aloqa</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Davlat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tafsilotlar</translation>
    </message>
    <message>
        <source>Download as CSV</source>
        <translation>CSV sifatida yuklab olish</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtrlar</translation>
    </message>
    <message>
        <source>No reports.</source>
        <translation>Xabarlar yoʻq.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Xabar raqami</translation>
    </message>
    <message>
        <source>Registry id</source>
        <translation>Reyestrdagi identifikator</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Xabar qilingan</translation>
    </message>
    <message>
        <source>Reported from</source>
        <translation>Sanadan</translation>
    </message>
    <message>
        <source>Reported up to</source>
        <translation>Sanagacha</translation>
    </message>
    <message>
        <source>Reports: {count}.</source>
        <translation>Xabarlar: {count}.</translation>
    </message>
    <message>
        <source>Sent them to work on a tourist or student visa</source>
        <translation>Turistik yoki talabalik vizasi bilan ishlashga yuborishgan</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Boshqa</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Ish yoki ish beruvchi mavjud boʻlmagan</translation>
    </message>
    <message>
        <source>The newest {shown} are listed; the CSV file has them all.</source>
        <translation>Eng yangi {shown} tasi koʻrsatilgan; CSV faylida hammasi bor.</translation>
    </message>
    <message>
        <source>The work or pay was not what was promised</source>
        <translation>Ish yoki maosh vaʼda qilinganidek boʻlmagan</translation>
    </message>
    <message>
        <source>There is no such report.</source>
        <translation>Bunday xabar yoʻq.</translation>
    </message>
    <message>
        <source>Took or kept a passport or other documents</source>
        <translation>Pasport yoki boshqa hujjatlarni olib qoʻyishgan yoki qaytarmagan</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Nima boʻlgan</translation>
    </message>
    <message>
        <source>Would not show a licence or a contract</source>
        <translation>Litsenziya yoki shartnomani koʻrsatishmagan</translation>
    </message>
    <message>
        <source>forwarded to the licensing body</source>
        <translation>litsenziya beruvchi organga yuborilgan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>yangi</translation>
    </message>
    <message>
        <source>registry id {id}</source>
        <translation>reyestrdagi identifikator {id}</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>koʻrib chiqilgan</translation>
    </message>
</context>
</TS>
