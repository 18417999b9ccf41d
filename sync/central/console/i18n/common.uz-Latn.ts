<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>console</name>
    <message>
        <source>Action</source>
        <translation>Amal</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentlik</translation>
    </message>
    <message>
        <source>Agency registry</source>
        <translation>Agentliklar reyestri</translation>
    </message>
    <message>
        <source>Agency reports</source>
        <translation>Agentliklar haqida xabarlar</translation>
    </message>
    <message>
        <source>any</source>
        <translation>istalgan</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Maqola</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Maqolalar</translation>
    </message>
    <message>
        <source>Canary group</source>
        <translation>Kanareyka guruhi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Qator</translation>
    </message>
    <message>
        <source>no</source>
        <translation>yoʻq</translation>
    </message>
    <message>
        <source>No kiosk is enrolled yet.</source>
        <translation>Hali birorta kiosk roʻyxatdan oʻtmagan.</translation>
    </message>
    <message>
        <source>Nothing has been published yet.</source>
        <translation>Hali hech narsa eʼlon qilinmagan.</translation>
    </message>
    <message>
        <source>Nothing was published: {detail}</source>
        <translation>Hech narsa eʼlon qilinmadi: {detail}</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Joy</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Muammo</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Eʼlon qilish</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Qabul qilingan</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Reyestr</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Reliz</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Relizlar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xizmat</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Koʻrsatish</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Holat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>The field {name} is longer than {longest} characters.</source>
        <translation>{name} maydoni {longest} belgidan uzun.</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>{file} fayli boʻsh.</translation>
    </message>
    <message>
        <source>The published release cannot be read: {detail}</source>
        <translation>Eʼlon qilingan relizni oʻqib boʻlmadi: {detail}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nima</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Nima oʻzgargan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Qachon</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ha</translation>
    </message>
    <message>
        <source>Your role ({role}) may not open this page or do this.</source>
        <translation>Sizning rolingiz ({role}) bu sahifani ochish yoki buni qilishga ruxsat bermaydi.</translation>
    </message>
</context>
</TS>
