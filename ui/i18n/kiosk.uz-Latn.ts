<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation>Huquqlaringizni biling</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation>Bu kioskda bu xizmat hali yoʻq. U tez orada paydo boʻladi.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Boshiga qaytish</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Bu kioskdan qanday foydalanish kerak</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Tilni oʻzgartirish uchun yuqoridagi til tugmasini bosing.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Matnni kattalashtirish uchun yuqoridagi «Matn» tugmasini bosing.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Qora fonda oq matn kerak boʻlsa, «Kontrast» tugmasini bosing.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Ekrandagi matnni ovozda eshitish uchun «Tinglash» tugmasini bosing.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Orqaga» tugmasi bir qadam orqaga qaytaradi. «Bosh sahifa» tugmasi boshiga qaytaradi.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Agar ekranga bir muddat hech kim tegmasa, kiosk sizdan yana vaqt kerakmi, deb soʻraydi. Keyin keyingi odam koʻrmasligi uchun siz kiritgan narsalarni oʻchirib tashlaydi.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Bu kioskdan foydalanish bepul. Undan foydalanganingiz uchun hech kim sizdan pul soʻrashga haqli emas.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Sizga qanday yordam bera olamiz?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Huquqlaringizni biling</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Xavfsiz migratsiya va chet eldagi huquqlaringiz — oʻz tilingizda</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Bu ishga joylashtirish agentligining litsenziyasi bormi?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Viza markazi va migratsiya xizmatiga qabulga yozilish</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Yordam</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Bu kioskdan qanday foydalanish kerak</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Tez orada</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Bu sinov kioski: bu yerdagi maʼlumotlar faqat namuna uchun, ular haqiqiy emas.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Sizga yana vaqt kerakmi?</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Hisob nolga yetganda, siz kiritgan hamma narsa oʻchiriladi va kiosk qaytadan boshlanadi.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Menga yana vaqt kerak</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Tilni tanlang</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Tinglash: hozircha tojik ovozi yoʻq, shuning uchun tojikcha matnni fors ovozi oʻqiydi.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Pauza</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Davom ettirish</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Ovoz chiqarib oʻqish</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Oʻzingiz bilan oling: telefon kamerasini shu kodga qarating, bu sahifa telefoningizda ochiladi.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Yangilangan: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Manbalar: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Bu foydali boʻldimi?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Javobingiz uchun rahmat.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Soʻz yozing, masalan: pasport.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Hech narsa topilmadi. Boshqa soʻzni yozib koʻring.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Xodimlar menyusi</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Diqqat: bu kioskda sinov PIN-kodi turibdi. Kioskni odamlar uchun ochishdan oldin xodimlar PIN-kodini oʻrnating.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Ekrandagi klaviaturani sinab koʻring:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Sinov sahifasini chop etish</translation>
    </message>
    <message>
        <source>Printing arrives with appointment receipts.</source>
        <translation>Chop etish qabulga yozilish talonlari bilan birga qoʻshiladi.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation>Sinxronlash markaziy xizmat bilan birga qoʻshiladi.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Qulflash va chiqish</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Kiosk dasturini yopish</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Faqat xodimlar uchun</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Xodim PIN-kodini kiriting.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before the menu locks: %1</source>
        <translation>PIN-kod notoʻgʻri. Menyu qulflanguncha qolgan urinishlar: %1</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Juda koʻp notoʻgʻri PIN-kod terilgani uchun qulflandi. Keyingi urinishgacha qolgan soniyalar: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Coming soon</source>
        <translation>Tez orada</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Matn</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Toʻxtatish</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Tinglash</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Huquqlaringizni biling</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Mavzuni tanlang.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Migrantlar uchun maʼlumot</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Boshlash uchun shu yerni bosing</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Xush kelibsiz</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Huquqlaringizni biling. Agentlikni tekshiring. Qabulga yoziling.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Bu sinov kioski: bu yerdagi maʼlumotlar faqat namuna uchun, ular haqiqiy emas.</translation>
    </message>
</context>
</TS>
