<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz">
<context>
    <name>console</name>
    <message>
        <source>A name of 1 to 100 characters is needed.</source>
        <translation>1 dan 100 tagacha belgidan iborat ism kerak.</translation>
    </message>
    <message>
        <source>A password needs {shortest} to {longest} characters.</source>
        <translation>Parol {shortest} dan {longest} tagacha belgidan iborat boʻlishi kerak.</translation>
    </message>
    <message>
        <source>A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Foydalanuvchi nomi 2 dan 64 tagacha kichik lotin harfi, raqam, nuqta, chiziqcha yoki pastki chiziqdan iborat.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hisoblar</translation>
    </message>
    <message>
        <source>Accounts are made by the owner of this console. Ask them if you have none, or if you forgot your password.</source>
        <translation>Hisoblarni konsol egasi ochadi. Hisobingiz boʻlmasa yoki parolni unutgan boʻlsangiz, unga murojaat qiling.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Oʻzgarishlar jurnali</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Qabulga yozuvlar</translation>
    </message>
    <message>
        <source>Bookings per place and day, check-ins, and conflicts to resolve.</source>
        <translation>Joy va kun boʻyicha yozuvlar, kelganlar va hal qilinishi kerak boʻlgan ziddiyatlar.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Oʻzgartirish</translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation>Rollardan birini tanlang.</translation>
    </message>
    <message>
        <source>Choose what to do:</source>
        <translation>Nima qilishni tanlang:</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsol</translation>
    </message>
    <message>
        <source>Correct an article, see what changes, and publish it.</source>
        <translation>Maqolani tuzating, oʻzgarishlarni koʻring va eʼlon qiling.</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Tafsilot</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Oʻchirish</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Yoqish</translation>
    </message>
    <message>
        <source>Fill in the field: {name}.</source>
        <translation>Maydonni toʻldiring: {name}.</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Kiosklar</translation>
    </message>
    <message>
        <source>Front page</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <source>Kiosk fleet console</source>
        <translation>Kiosklarni boshqarish konsoli</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Oxirgi kirish</translation>
    </message>
    <message>
        <source>Make an account</source>
        <translation>Hisob ochish</translation>
    </message>
    <message>
        <source>Make the account</source>
        <translation>Ochish</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Yangi parol</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Hozircha hech narsa yoʻq.</translation>
    </message>
    <message>
        <source>On what</source>
        <translation>Nimada</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Boʻlimlar</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Rolni belgilash</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirish</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Skip to the page</source>
        <translation>Sahifa mazmuniga oʻtish</translation>
    </message>
    <message>
        <source>Something in the request is not valid: {detail}</source>
        <translation>Soʻrovda xato bor: {detail}</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>Bajarilmadi</translation>
    </message>
    <message>
        <source>That username is taken.</source>
        <translation>Bu foydalanuvchi nomi band.</translation>
    </message>
    <message>
        <source>The field {name} cannot be kept: {problem}.</source>
        <translation>{name} maydonini saqlab boʻlmaydi: {problem}.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Fayl juda katta.</translation>
    </message>
    <message>
        <source>The last owner cannot be disabled or given another role: make another owner first.</source>
        <translation>Oxirgi egani oʻchirib yoki rolini oʻzgartirib boʻlmaydi: avval boshqa ega tayinlang.</translation>
    </message>
    <message>
        <source>The password for {username} is shown this once. Give it to them in person; the console keeps only a hash of it.</source>
        <translation>{username} uchun parol faqat bir marta koʻrsatiladi. Uni shaxsan bering; konsol faqat uning xeshini saqlaydi.</translation>
    </message>
    <message>
        <source>The request was refused: {detail}</source>
        <translation>Soʻrov rad etildi: {detail}</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Foydalanuvchi nomi yoki parol notoʻgʻri.</translation>
    </message>
    <message>
        <source>There is no account {username}.</source>
        <translation>{username} hisobi yoʻq.</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>Bunday sahifa yoʻq.</translation>
    </message>
    <message>
        <source>This form did not come from this console.</source>
        <translation>Bu shakl ushbu konsoldan yuborilmagan.</translation>
    </message>
    <message>
        <source>This form has expired or did not come from this console. Open the page again and send it from there.</source>
        <translation>Shakl eskirgan yoki ushbu konsoldan yuborilmagan. Sahifani qayta oching va shaklni oʻsha yerdan yuboring.</translation>
    </message>
    <message>
        <source>This page cannot be used that way.</source>
        <translation>Bu sahifadan bunday foydalanib boʻlmaydi.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until {until}. The owner can unlock it sooner.</source>
        <translation>Notoʻgʻri parol juda koʻp kiritildi: hisob {until} gacha bloklangan. Ega uni ertaroq ochishi mumkin.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Blokdan chiqarish</translation>
    </message>
    <message>
        <source>Upload the licensed agencies, check them, and publish.</source>
        <translation>Litsenziyali agentliklarni yuklang, tekshiring va eʼlon qiling.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Foydalanuvchi nomi</translation>
    </message>
    <message>
        <source>Was it useful?</source>
        <translation>Foydali boʻldimi?</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Xush kelibsiz, {name}</translation>
    </message>
    <message>
        <source>What travellers reported about agencies.</source>
        <translation>Sayohatchilar agentliklar haqida nima xabar qilgani.</translation>
    </message>
    <message>
        <source>What was published, and which kiosks took it.</source>
        <translation>Nima eʼlon qilingani va uni qaysi kiosklar olgani.</translation>
    </message>
    <message>
        <source>Which kiosks are healthy, and which need a visit.</source>
        <translation>Qaysi kiosklar soz, qaysilariga borish kerak.</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Who may sign in to this console, and as what.</source>
        <translation>Konsolga kim va qanday rol bilan kira oladi.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>faol</translation>
    </message>
    <message>
        <source>content editor</source>
        <translation>materiallar muharriri</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>oʻchirilgan</translation>
    </message>
    <message>
        <source>fleet viewer</source>
        <translation>kiosklar kuzatuvchisi</translation>
    </message>
    <message>
        <source>locked until {until}</source>
        <translation>{until} gacha bloklangan</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ega</translation>
    </message>
    <message>
        <source>registry manager</source>
        <translation>reyestr yurituvchisi</translation>
    </message>
    <message>
        <source>scheduler</source>
        <translation>jadval tuzuvchi</translation>
    </message>
</context>
</TS>
