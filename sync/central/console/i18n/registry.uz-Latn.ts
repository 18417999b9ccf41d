<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz-Latn">
<context>
    <name>console</name>
    <message>
        <source>A CSV file (the registry's own column names, in Uzbek, Russian or English, are understood) or a JSON list of objects with the same fields. Countries may be ISO codes or names in any of the kiosk's languages. Nothing changes on the kiosks until you have seen the summary and published it.</source>
        <translation>CSV fayl (reyestr ustunlarining oʻzbek, rus yoki ingliz tilidagi nomlari tushuniladi) yoki xuddi shu maydonlarga ega obyektlarning JSON roʻyxati. Davlatlar ISO kodlari yoki kioskning istalgan tilidagi nomlari bilan yozilishi mumkin. Xulosani koʻrib chiqib, eʼlon qilmaguningizcha kiosklarda hech narsa oʻzgarmaydi.</translation>
    </message>
    <message>
        <source>Added ({count})</source>
        <translation>Qoʻshilgan ({count})</translation>
    </message>
    <message>
        <source>Added: {added}, changed: {changed}, removed: {removed}</source>
        <translation>Qoʻshilgan: {added}, oʻzgargan: {changed}, olib tashlangan: {removed}</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Agentliklar</translation>
    </message>
    <message>
        <source>Agencies in the file</source>
        <translation>Fayldagi agentliklar</translation>
    </message>
    <message>
        <source>Agencies published now</source>
        <translation>Hozir eʼlon qilingan agentliklar</translation>
    </message>
    <message>
        <source>Back to the registry</source>
        <translation>Reyestrga qaytish</translation>
    </message>
    <message>
        <source>Changed ({count})</source>
        <translation>Oʻzgargan ({count})</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Faylni tekshirish</translation>
    </message>
    <message>
        <source>Choose a registry file (CSV or JSON) to upload.</source>
        <translation>Yuklash uchun reyestr faylini (CSV yoki JSON) tanlang.</translation>
    </message>
    <message>
        <source>Choose whom to offer the release to: the canary group or every kiosk.</source>
        <translation>Relizni kimga taklif qilishni tanlang: kanareyka guruhiga yoki barcha kiosklarga.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Ustun</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Taqqoslangan</translation>
    </message>
    <message>
        <source>Drop this upload</source>
        <translation>Bu yuklamadan voz kechish</translation>
    </message>
    <message>
        <source>Dropped: nothing was published.</source>
        <translation>Bekor qilindi: hech narsa eʼlon qilinmadi.</translation>
    </message>
    <message>
        <source>Give the date the registry was valid on, as 2026-12-01.</source>
        <translation>Reyestr qaysi sanada amalda boʻlganini 2026-12-01 koʻrinishida kiriting.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifikator</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>No agency changes: only the date and source are published again.</source>
        <translation>Agentliklar oʻzgarmaydi: faqat sana va manba qayta eʼlon qilinadi.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Yoʻq.</translation>
    </message>
    <message>
        <source>Not published yet: nothing has changed on the kiosks.</source>
        <translation>Hali eʼlon qilinmagan: kiosklarda hech narsa oʻzgarmadi.</translation>
    </message>
    <message>
        <source>Offer the new release to</source>
        <translation>Yangi reliz kimga taklif qilinsin</translation>
    </message>
    <message>
        <source>Problems found: {count}.</source>
        <translation>Topilgan muammolar: {count}.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Eʼlon qilish</translation>
    </message>
    <message>
        <source>Published as release {release}.</source>
        <translation>{release}-reliz sifatida eʼlon qilindi.</translation>
    </message>
    <message>
        <source>Registry file (CSV or JSON, at most {size} MB)</source>
        <translation>Reyestr fayli (CSV yoki JSON, koʻpi bilan {size} MB)</translation>
    </message>
    <message>
        <source>Registry upload</source>
        <translation>Reyestr yuklamasi</translation>
    </message>
    <message>
        <source>Registry upload: {file}</source>
        <translation>Reyestr yuklamasi: {file}</translation>
    </message>
    <message>
        <source>Release {release} has no agency registry.</source>
        <translation>{release}-relizda agentliklar reyestri yoʻq.</translation>
    </message>
    <message>
        <source>Release {release} is offered to the canary group only. A release published now is built on top of it and carries its changes too.</source>
        <translation>{release}-reliz hozircha faqat kanareyka guruhiga taklif qilingan. Hozir eʼlon qilinadigan reliz uning ustiga quriladi va uning oʻzgarishlarini ham oʻz ichiga oladi.</translation>
    </message>
    <message>
        <source>Release {release} was published after this summary was made, so it may no longer say what publishing would change. Nothing was published: upload the file again to see a new summary.</source>
        <translation>{release}-reliz ushbu xulosa tuzilgandan keyin eʼlon qilingan, shuning uchun xulosa eʼlon qilish nimani oʻzgartirishini endi toʻgʻri koʻrsatmasligi mumkin. Hech narsa eʼlon qilinmadi: yangi xulosani koʻrish uchun faylni qayta yuklang.</translation>
    </message>
    <message>
        <source>Release {release} was published after this summary was made, so it may no longer say what publishing would change. Upload the file again to see a new summary.</source>
        <translation>{release}-reliz ushbu xulosa tuzilgandan keyin eʼlon qilingan, shuning uchun xulosa eʼlon qilish nimani oʻzgartirishini endi toʻgʻri koʻrsatmasligi mumkin. Yangi xulosani koʻrish uchun faylni qayta yuklang.</translation>
    </message>
    <message>
        <source>Removed ({count})</source>
        <translation>Olib tashlangan ({count})</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Manba</translation>
    </message>
    <message>
        <source>Source (who gave the registry)</source>
        <translation>Manba (reyestrni kim bergan)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xulosa</translation>
    </message>
    <message>
        <source>That is more than a kiosk's own import removes without being told to (a fifth, or all of them). A file cut short, or the wrong file, looks like this. Check it is the whole registry before you publish.</source>
        <translation>Bu kioskning oʻz importi alohida koʻrsatmasiz olib tashlaydiganidan koʻp (beshdan bir qismi yoki hammasi). Kesilib qolgan yoki notoʻgʻri fayl shunday koʻrinadi. Eʼlon qilishdan oldin bu butun reyestr ekanini tekshiring.</translation>
    </message>
    <message>
        <source>The centre has no release key yet: the owner must give it its keys before anything can be published.</source>
        <translation>Markazda hali reliz kaliti yoʻq: biror narsa eʼlon qilinishidan oldin egasi unga kalitlarni berishi kerak.</translation>
    </message>
    <message>
        <source>The first {shown} are listed.</source>
        <translation>Birinchi {shown} tasi koʻrsatilgan.</translation>
    </message>
    <message>
        <source>The first {shown} of {count} are listed.</source>
        <translation>{count} tadan birinchi {shown} tasi koʻrsatilgan.</translation>
    </message>
    <message>
        <source>The registry file has problems</source>
        <translation>Reyestr faylida muammolar bor</translation>
    </message>
    <message>
        <source>The uploaded file is no longer kept. Upload it again.</source>
        <translation>Yuklangan fayl endi saqlanmaydi. Uni qayta yuklang.</translation>
    </message>
    <message>
        <source>There is no such registry upload.</source>
        <translation>Bunday reyestr yuklamasi yoʻq.</translation>
    </message>
    <message>
        <source>This upload removes {removed} of the {stored} agencies published now.</source>
        <translation>Bu yuklama hozir eʼlon qilingan {stored} ta agentlikdan {removed} tasini olib tashlaydi.</translation>
    </message>
    <message>
        <source>This upload removes {removed} of the {stored} agencies. Nothing was published: tick "Yes, remove them" to publish it anyway.</source>
        <translation>Bu yuklama {stored} ta agentlikdan {removed} tasini olib tashlaydi. Hech narsa eʼlon qilinmadi: baribir eʼlon qilish uchun «Ha, olib tashlansin» belgisini qoʻying.</translation>
    </message>
    <message>
        <source>This upload was already published or dropped.</source>
        <translation>Bu yuklama allaqachon eʼlon qilingan yoki bekor qilingan.</translation>
    </message>
    <message>
        <source>Upload a corrected file</source>
        <translation>Tuzatilgan faylni yuklash</translation>
    </message>
    <message>
        <source>Upload a registry</source>
        <translation>Reyestrni yuklash</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>Yuklagan</translation>
    </message>
    <message>
        <source>Uploads waiting to be published</source>
        <translation>Eʼlon qilinishini kutayotgan yuklamalar</translation>
    </message>
    <message>
        <source>Valid on</source>
        <translation>Amalda boʻlgan sana</translation>
    </message>
    <message>
        <source>What the kiosks have now</source>
        <translation>Hozir kiosklarda nima bor</translation>
    </message>
    <message>
        <source>Yes, remove them: remove {removed} agencies from every kiosk's registry</source>
        <translation>Ha, olib tashlansin: {removed} ta agentlik barcha kiosklar reyestridan olib tashlansin</translation>
    </message>
    <message>
        <source>address</source>
        <translation>manzil</translation>
    </message>
    <message>
        <source>branches</source>
        <translation>filiallar</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>davlatlar</translation>
    </message>
    <message>
        <source>every kiosk</source>
        <translation>barcha kiosklarga</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>amal qilish muddati</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifikator</translation>
    </message>
    <message>
        <source>issue date</source>
        <translation>berilgan sana</translation>
    </message>
    <message>
        <source>licence expired</source>
        <translation>litsenziya muddati oʻtgan</translation>
    </message>
    <message>
        <source>licence in force</source>
        <translation>litsenziya amalda</translation>
    </message>
    <message>
        <source>licence number</source>
        <translation>litsenziya raqami</translation>
    </message>
    <message>
        <source>licence refused</source>
        <translation>litsenziya berish rad etilgan</translation>
    </message>
    <message>
        <source>licence revoked</source>
        <translation>litsenziya bekor qilingan</translation>
    </message>
    <message>
        <source>licence suspended</source>
        <translation>litsenziya toʻxtatilgan</translation>
    </message>
    <message>
        <source>licensing authority</source>
        <translation>litsenziya beruvchi organ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nomi</translation>
    </message>
    <message>
        <source>nothing published yet</source>
        <translation>hali hech narsa eʼlon qilinmagan</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>release {release}</source>
        <translation>{release}-reliz</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>namuna maʼlumotlar</translation>
    </message>
    <message>
        <source>status</source>
        <translation>holat</translation>
    </message>
    <message>
        <source>status date</source>
        <translation>holat sanasi</translation>
    </message>
    <message>
        <source>status history</source>
        <translation>holat tarixi</translation>
    </message>
    <message>
        <source>the canary group first</source>
        <translation>avval kanareyka guruhiga</translation>
    </message>
    <message>
        <source>website</source>
        <translation>veb-sayt</translation>
    </message>
    <message>
        <source>{file}: nothing was published. Correct these and upload the file again.</source>
        <translation>{file}: hech narsa eʼlon qilinmadi. Bularni tuzatib, faylni qayta yuklang.</translation>
    </message>
</context>
</TS>
