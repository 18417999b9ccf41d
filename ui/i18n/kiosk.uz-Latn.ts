<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_Latn">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>Country of work: any country</source>
        <translation>Ishlaydigan mamlakat: istalgan mamlakat</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Ishlaydigan mamlakat: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Reestr yuklanmagan.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Reestr maʼlumotlari %1 holatiga koʻra.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Bu maʼlumotlar %1 kun oldingi, shuning uchun javob eskirgan boʻlishi mumkin. Kimgadir pul toʻlashdan oldin litsenziya beruvchi organdan soʻrang.</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name or its licence number.</source>
        <translation>Agentlik nomini yoki uning litsenziya raqamini yozing.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Reestrda bunday nomli agentlik yoʻq.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Agentlik nomi yoki litsenziya raqami</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Bu sinov kioski: bu yerdagi barcha agentliklar TOʻQIMA, faqat namuna uchun.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Litsenziya %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Agentlik bu roʻyxatda yoʻq</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Kunni tanlang</translation>
    </message>
    <message>
        <source>Days with places left: %1</source>
        <translation>Boʻsh joylar bor kunlar: %1</translation>
    </message>
    <message>
        <source>No places left this month.</source>
        <translation>Bu oyda boʻsh joylar yoʻq.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Oldingi oy</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Keyingi oy</translation>
    </message>
    <message>
        <source>The number under a day is how many places are left.</source>
        <translation>Kun ostidagi son — nechta boʻsh joy qolganini bildiradi.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>joy yoʻq</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ismingiz</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Last 4 digits of your passport (optional)</source>
        <translation>Pasportingizning oxirgi 4 raqami (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Maʼlumotlaringiz</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Iltimos, ismingizni yozing.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and a + at the start.</source>
        <translation>Telefon raqamida faqat raqamlar, boʻshliqlar va boshida + belgisi boʻladi.</translation>
    </message>
    <message>
        <source>Write exactly the last 4 digits of your passport, or leave it empty.</source>
        <translation>Pasportingizning aynan oxirgi 4 raqamini yozing yoki bu joyni boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>Write your name to go on.</source>
        <translation>Davom etish uchun ismingizni yozing.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your booking is saved</source>
        <translation>Siz qabulga yozildingiz</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Talonigiz chop etilmoqda…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Talonigizni ekran ostidagi printerdan oling.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.</source>
        <translation>Talonni chop etib boʻlmadi. Iltimos, bu ekranni suratga oling: raqam va QR-kod — sizning taloningiz. Xodimlarga xabar berildi.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Yozilish raqamingiz: %1.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Yozilish raqamingiz</translation>
    </message>
    <message>
        <source>Bring these documents:</source>
        <translation>Bu hujjatlarni oʻzingiz bilan olib keling:</translation>
    </message>
    <message>
        <source>To cancel or change it, choose &quot;Book an appointment&quot; on any kiosk, then &quot;Cancel or change a booking&quot;, and type this reference.</source>
        <translation>Yozilishni bekor qilish yoki oʻzgartirish uchun istalgan kioskda «Qabulga yozilish», keyin «Yozilishni bekor qilish yoki oʻzgartirish» tugmasini tanlang va shu raqamni yozing.</translation>
    </message>
    <message>
        <source>Listen to the receipt</source>
        <translation>Talonni tinglash</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Qayta chop etish</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
</context>
<context>
    <name>BookingLocations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Qayerda?</translation>
    </message>
    <message>
        <source>No office offers this service in the coming weeks. Please ask staff.</source>
        <translation>Yaqin haftalarda bu xizmatni hech bir idora koʻrsatmaydi. Iltimos, xodimga murojaat qiling.</translation>
    </message>
    <message>
        <source>Mobile office in %1.</source>
        <translation>Koʻchma idora: %1.</translation>
    </message>
    <message>
        <source>Next visit: %1.</source>
        <translation>Keyingi tashrif: %1.</translation>
    </message>
    <message>
        <source>No visit planned yet.</source>
        <translation>Tashrif hali rejalashtirilmagan.</translation>
    </message>
    <message>
        <source>First day with places left: %1.</source>
        <translation>Boʻsh joylar bor birinchi kun: %1.</translation>
    </message>
    <message>
        <source>Visiting soon</source>
        <translation>Tez orada keladi</translation>
    </message>
</context>
<context>
    <name>BookingManage</name>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Yozilishni bekor qilish yoki oʻzgartirish</translation>
    </message>
    <message>
        <source>This reference is not right: please check each character.</source>
        <translation>Bu raqam notoʻgʻri: har bir belgini tekshiring.</translation>
    </message>
    <message>
        <source>No booking matches this reference and name.</source>
        <translation>Bunday raqam va ism bilan yozilish topilmadi.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Aloqa yoʻq: bu kiosk faqat shu yerda qilingan yozilishlarni topa oladi. Keyinroq qayta urinib koʻring yoki idoradan soʻrang.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again or ask staff for help.</source>
        <translation>Nimadir xato ketdi. Iltimos, qaytadan urinib koʻring yoki xodimdan yordam soʻrang.</translation>
    </message>
    <message>
        <source>Type the reference from your receipt, and your name or the last 4 digits of your passport.</source>
        <translation>Talondagi raqamni va ismingizni yoki pasportingizning oxirgi 4 raqamini yozing.</translation>
    </message>
    <message>
        <source>Your name or the last 4 digits of your passport</source>
        <translation>Ismingiz yoki pasportingizning oxirgi 4 raqami</translation>
    </message>
    <message>
        <source>Write the reference and your name or the 4 digits to go on.</source>
        <translation>Davom etish uchun yozilish raqamini va ismingizni yoki pasportingizning oxirgi 4 raqamini yozing.</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Yozilishimni topish</translation>
    </message>
    <message>
        <source>This booking is cancelled.</source>
        <translation>Bu yozilish bekor qilingan.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Vaqtni oʻzgartirish</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ha, bekor qilish</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Yozilishni bekor qilish</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xizmat</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Qabul joyi</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Sana va vaqt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Passport, last 4 digits</source>
        <translation>Pasport, oxirgi 4 raqami</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Bu vaqtdagi oxirgi joyni hozirgina boshqa odam egallab oldi. Iltimos, boshqa vaqtni tanlang.</translation>
    </message>
    <message>
        <source>This kiosk cannot book this time while offline. Choose another time, or book at the office.</source>
        <translation>Aloqa yoʻqligida bu kioskda bu vaqtga yozilib boʻlmaydi. Boshqa vaqtni tanlang yoki idorada yoziling.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Aloqa yoʻq: bu kiosk faqat shu yerda qilingan yozilishlarni topa oladi. Keyinroq qayta urinib koʻring yoki idoradan soʻrang.</translation>
    </message>
    <message>
        <source>You already have a booking for this service on this day.</source>
        <translation>Siz bu kunga bu xizmat uchun allaqachon yozilgansiz.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>Bu vaqtga endi yozilib boʻlmaydi. Iltimos, boshqa vaqtni tanlang.</translation>
    </message>
    <message>
        <source>The booking could not be saved. Please try again or ask staff for help.</source>
        <translation>Yozilishni saqlab boʻlmadi. Iltimos, qaytadan urinib koʻring yoki xodimdan yordam soʻrang.</translation>
    </message>
    <message>
        <source>This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.</source>
        <translation>Hozir bu kiosk yozilishlarni saqlay olmaydi, shuning uchun siz qabulga yozilmadingiz. Xodimga yoki boshqa kioskka murojaat qiling.</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Yozilishingizni tekshiring</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Boshqa vaqtni tanlash</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Yozilmoqda…</translation>
    </message>
    <message>
        <source>Change to this time</source>
        <translation>Shu vaqtga oʻtkazish</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Yozilishni tasdiqlash</translation>
    </message>
</context>
<context>
    <name>BookingServices</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Qaysi xizmatga yozilasiz?</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>ta variant</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Taxminan %1 daqiqa</translation>
    </message>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Yozilishni bekor qilish yoki oʻzgartirish</translation>
    </message>
</context>
<context>
    <name>BookingTimes</name>
    <message>
        <source>Book an appointment</source>
        <translation>Qabulga yozilish</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Vaqtni tanlang</translation>
    </message>
    <message>
        <source>Places left: %1</source>
        <translation>Boʻsh joylar: %1</translation>
    </message>
    <message>
        <source>ask at the office</source>
        <translation>idoradan soʻrang</translation>
    </message>
    <message>
        <source>full</source>
        <translation>joy yoʻq</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose your country of work</source>
        <translation>Ishlaydigan mamlakatingizni tanlang</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Istalgan mamlakat / Hali bilmayman</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>DeskOutcome</name>
    <message>
        <source>Checked in</source>
        <translation>Kelgani belgilandi</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Allaqachon belgilangan</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Yozilish bekor qilingan</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Boshqa kun</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Boshqa joy</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Kelmadi deb belgilangan</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Topilmadi</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Nomaʼlum kiosk</translation>
    </message>
    <message>
        <source>Not a genuine receipt</source>
        <translation>Talon haqiqiy emas</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>bu qurilmaning PIN-kodi</translation>
    </message>
    <message>
        <source>%1, on another device</source>
        <translation>%1, boshqa qurilmada</translation>
    </message>
    <message>
        <source>Found by the reference typed: no QR code was checked.</source>
        <translation>Kiritilgan raqam boʻyicha topildi: QR-kod tekshirilmadi.</translation>
    </message>
    <message>
        <source>Booked at a kiosk while it was offline: added to the list.</source>
        <translation>Aloqasiz kioskda yozilgan: roʻyxatga qoʻshildi.</translation>
    </message>
    <message>
        <source>Checked in at %1 by %2</source>
        <translation>%1 da belgilangan (%2)</translation>
    </message>
    <message>
        <source>Marked as a no-show at %1 by %2: undo that first</source>
        <translation>%1 da kelmadi deb belgilangan (%2): avval buni bekor qiling</translation>
    </message>
    <message>
        <source>This booking was cancelled: there is no visit to record.</source>
        <translation>Bu yozilish bekor qilingan: belgilanadigan tashrif yoʻq.</translation>
    </message>
    <message>
        <source>This booking is for %1.</source>
        <translation>Bu yozilish %1 uchun.</translation>
    </message>
    <message>
        <source>This booking is at %1.</source>
        <translation>Bu yozilish boshqa joyga: %1.</translation>
    </message>
    <message>
        <source>No booking with this reference is on this device&apos;s lists.</source>
        <translation>Bu qurilma roʻyxatlarida bunday raqamli yozilish yoʻq.</translation>
    </message>
    <message>
        <source>The receipt comes from kiosk %1, which this device does not know yet. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>Talonni %1 kioski bergan, bu qurilma uni hali tanimaydi. Odamning hujjatlarini tekshiring yoki uni roʻyxatdan ismi boʻyicha toping.</translation>
    </message>
    <message>
        <source>The QR code is damaged, altered or not one of our receipts. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>QR-kod shikastlangan, oʻzgartirilgan yoki bu bizning talon emas. Odamning hujjatlarini tekshiring yoki uni roʻyxatdan ismi boʻyicha toping.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Raqam: %1</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Keyingi odam</translation>
    </message>
</context>
<context>
    <name>DeskRow</name>
    <message>
        <source>Walk-in</source>
        <translation>Joyida yozilish</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>bu qurilmaning PIN-kodi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, on another device</source>
        <translation>%1, %2, boshqa qurilmada</translation>
    </message>
    <message>
        <source>(no name on the list)</source>
        <translation>(roʻyxatda ism yoʻq)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Kelganini belgilash</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Xizmat koʻrsatildi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Kelmadi</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Bekor qilish (%1 s)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Qayta chop etish</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Staff desk</source>
        <translation>Xodim stoli</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Yozilganlar</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Keldi</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Xizmat koʻrsatildi</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Kelmadi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Bekor qilindi</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Joyida yozilganlar</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <translation>Bu yozilish bekor qilingan.</translation>
    </message>
    <message>
        <source>That visit is already finished: undo it first.</source>
        <translation>Bu tashrif allaqachon yakunlangan: avval belgini bekor qiling.</translation>
    </message>
    <message>
        <source>That person is already checked in.</source>
        <translation>Bu odam allaqachon belgilangan.</translation>
    </message>
    <message>
        <source>Check the person in first.</source>
        <translation>Avval kelganini belgilang.</translation>
    </message>
    <message>
        <source>Too late to undo: the time for it is over.</source>
        <translation>Bekor qilishga kech: vaqt tugadi.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Bekor qiladigan narsa yoʻq.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that.</source>
        <translation>Buni faqat katta xodim qila oladi.</translation>
    </message>
    <message>
        <source>That booking is not on this list.</source>
        <translation>Bu yozilish bu roʻyxatda yoʻq.</translation>
    </message>
    <message>
        <source>This receipt cannot be printed here: the list does not have the name.</source>
        <translation>Bu talonni bu yerda chop etib boʻlmaydi: roʻyxatda ism yoʻq.</translation>
    </message>
    <message>
        <source>That did not work. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Boʻlmadi. Qayta urinib koʻring; yana boʻlmasa, katta xodimga ayting.</translation>
    </message>
    <message>
        <source>Marked as served: %1</source>
        <translation>Xizmat koʻrsatildi deb belgilandi: %1</translation>
    </message>
    <message>
        <source>Marked as a no-show: %1</source>
        <translation>Kelmadi deb belgilandi: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Kelgani belgilandi: %1</translation>
    </message>
    <message>
        <source>Signing out in %1 s for want of a tap. Tap anywhere to stay.</source>
        <translation>%1 soniyadan keyin chiqiladi: ekranga uzoq tegilmadi. Qolish uchun ekranga teging.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Kirildi: %1</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>bu qurilmaning PIN-kodi</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type its reference and press Enter.</source>
        <translation>Talondagi QR-kodni skanerlang yoki uning raqamini kiriting va Enter tugmasini bosing.</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Bekor qilish (%1 s)</translation>
    </message>
    <message>
        <source>Receipt printed again</source>
        <translation>Talon qayta chop etilmoqda</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Belgilash</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Oldingi kun</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Keyingi kun</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugun</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Joyida yozilish</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Kun yakuni</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Xodimlar menyusi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Chiqish</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Xodim rejimidan chiqish</translation>
    </message>
    <message>
        <source>List from the centre: %1</source>
        <translation>Markazdan roʻyxat: %1</translation>
    </message>
    <message>
        <source>This device has no list from the centre for this day: only what was done here shows.</source>
        <translation>Bu qurilmada bu kun uchun markazdan roʻyxat yoʻq: faqat shu yerda qilingan ishlar koʻrinadi.</translation>
    </message>
    <message>
        <source>Find by reference, name or phone:</source>
        <translation>Raqam, ism yoki telefon boʻyicha topish:</translation>
    </message>
    <message>
        <source>Nobody is on this list.</source>
        <translation>Bu roʻyxatda hech kim yoʻq.</translation>
    </message>
    <message>
        <source>Nobody on the list matches.</source>
        <translation>Roʻyxatda mos keladigan hech kim yoʻq.</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Xodimlar uchun kirish</translation>
    </message>
    <message>
        <source>Tap your name, or scan your staff badge.</source>
        <translation>Ismingizga bosing yoki xodim kartangizni skanerlang.</translation>
    </message>
    <message>
        <source>Scan your staff badge here.</source>
        <translation>Xodim kartangizni shu yerda skanerlang.</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries. Seconds until the next try: %1</source>
        <translation>Juda koʻp notoʻgʻri urinish uchun qulflandi. Keyingi urinishgacha qolgan soniyalar: %1</translation>
    </message>
    <message>
        <source>This badge was not accepted. Tries left before it locks: %1</source>
        <translation>Karta qabul qilinmadi. Qulflanishgacha qolgan urinishlar: %1</translation>
    </message>
    <message>
        <source>This badge cannot sign in on this device.</source>
        <translation>Bu karta bilan bu qurilmaga kirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>That is not a staff badge. To check someone in, sign in first.</source>
        <translation>Bu xodim kartasi emas. Kelganini belgilash uchun avval kiring.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Joylaringizdan hech biri bu qurilmaga hali maʼlum emas. Katta xodimga murojaat qiling.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Hozir kirib boʻlmaydi. Birozdan keyin qayta urinib koʻring.</translation>
    </message>
    <message>
        <source>This device&apos;s PIN</source>
        <translation>Bu qurilmaning PIN-kodi</translation>
    </message>
</context>
<context>
    <name>DeskSummary</name>
    <message>
        <source>Day summary</source>
        <translation>Kun yakuni</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Yakun chop etilmoqda…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saqlanmoqda…</translation>
    </message>
    <message>
        <source>The summary could not be printed: see the printer&apos;s state in the staff menu.</source>
        <translation>Yakunni chop etib boʻlmadi: printer holati xodimlar menyusida.</translation>
    </message>
    <message>
        <source>The summary could not be saved: the disk may be full.</source>
        <translation>Yakunni saqlab boʻlmadi: disk toʻlgan boʻlishi mumkin.</translation>
    </message>
    <message>
        <source>The summary is printed.</source>
        <translation>Yakun chop etildi.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saqlandi: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF saqlash</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV eksport</translation>
    </message>
    <message>
        <source>Saved to the folder %1</source>
        <translation>%1 jildiga saqlanadi</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>Walk-in</source>
        <translation>Joyida yozilish</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as in the passport, at least two letters.</source>
        <translation>Odamning ismini pasportdagidek kiriting, kamida ikki harf.</translation>
    </message>
    <message>
        <source>That phone number is not complete: type it with the country code, or leave it empty.</source>
        <translation>Telefon raqami toʻliq emas: uni mamlakat kodi bilan kiriting yoki boʻsh qoldiring.</translation>
    </message>
    <message>
        <source>That time has just filled up. Choose another time.</source>
        <translation>Bu vaqt hozirgina band boʻldi. Boshqa vaqtni tanlang.</translation>
    </message>
    <message>
        <source>This device has no place left at that time while the centre does not answer. Choose another time.</source>
        <translation>Markaz javob bermayotganda bu qurilmada bu vaqtga boʻsh joy yoʻq. Boshqa vaqtni tanlang.</translation>
    </message>
    <message>
        <source>This person already has a booking for this service that day.</source>
        <translation>Bu odam bu kunga bu xizmatga allaqachon yozilgan.</translation>
    </message>
    <message>
        <source>That time can no longer be booked. Choose another time.</source>
        <translation>Bu vaqtga endi yozilib boʻlmaydi. Boshqa vaqtni tanlang.</translation>
    </message>
    <message>
        <source>The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Joyida yozilish saqlanmadi. Qayta urinib koʻring; yana boʻlmasa, katta xodimga ayting.</translation>
    </message>
    <message>
        <source>No time is left today at this place.</source>
        <translation>Bugun bu joyda boʻsh vaqt qolmadi.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Xizmat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>Name, as in the passport</source>
        <translation>Ism, pasportdagidek</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Telefon (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Yozilmoqda…</translation>
    </message>
    <message>
        <source>Book, check in and print</source>
        <translation>Yozilishni saqlash, kelganini belgilash va chop etish</translation>
    </message>
    <message>
        <source>Booked and checked in: %1, %2</source>
        <translation>Yozildi va belgilandi: %1, %2</translation>
    </message>
    <message>
        <source>Another walk-in</source>
        <translation>Yana bir joyida yozilish</translation>
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
        <source>Information updated: %1</source>
        <translation>Maʼlumotlar yangilangan: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Aloqa bor</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Aloqa yoʻq</translation>
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
        <source>seconds left</source>
        <translation>soniya qoldi</translation>
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
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Tinglash: hozircha tojik ovozi yoʻq, shuning uchun tojikcha matnni fors ovozi oʻqiydi.</translation>
    </message>
    <message>
        <source>This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.</source>
        <translation>Hozir bu kiosk hech narsani saqlay olmaydi, shuning uchun qabulga yozilish va shikoyatlarni qabul qilmaydi. Oʻqish va agentliklarni tekshirish mumkin. Yozilish yoki shikoyat qilish uchun xodimga yoki boshqa kioskka murojaat qiling.</translation>
    </message>
</context>
<context>
    <name>OfflineNote</name>
    <message>
        <source>Offline: only bookings made at this kiosk can be found here.</source>
        <translation>Aloqa yoʻq: bu yerda faqat shu kioskda qilingan yozilishlarni topish mumkin.</translation>
    </message>
    <message>
        <source>Offline: you see only the places this kiosk can book by itself. More may be free at the office.</source>
        <translation>Aloqa yoʻq: bu yerda faqat shu kioskda hozir yozilish mumkin boʻlgan joylar koʻrsatilgan. Idorada boʻsh joylar koʻproq boʻlishi mumkin.</translation>
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
        <source>Listen</source>
        <translation>Tinglash</translation>
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
    <name>ReceiptPanel</name>
    <message>
        <source>Printing the receipt…</source>
        <translation>Talon chop etilmoqda…</translation>
    </message>
    <message>
        <source>The receipt is printed.</source>
        <translation>Talon chop etildi.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. The person can take a photo of the reference and the QR code.</source>
        <translation>Talonni chop etib boʻlmadi. Odam raqam va QR-kodni suratga olishi mumkin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Agentlik ustidan shikoyat qilish</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Ish yoki viza berishdan oldin pul soʻrashdi</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Pasportim yoki hujjatlarimni olib qoʻyishdi yoki qaytarishmadi</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Bunday ish yoki ish beruvchi yoʻq boʻlib chiqdi</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Meni turistik yoki talabalik vizasi bilan ishlashga yuborishdi</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Ish yoki maosh vaʼda qilinganidek boʻlmadi</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Litsenziya yoki shartnomani koʻrsatishdan bosh tortishdi</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Boshqa narsa</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Qaysi agentlik?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Nima boʻldi?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Siz bilan qanday bogʻlanamiz? (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Shikoyat yuborildi</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Telefon raqami yoki e-mailni faqat shikoyatlarni koʻrib chiquvchi organ siz bilan bogʻlanishini istasangiz qoldiring. Shikoyatni ularsiz ham yuborishingiz mumkin.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Shikoyatingiz saqlandi. Uning raqami: %1. Uni yozib oling yoki suratga oling.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>%1-qadam (3 tadan)</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Agentlik nomi</translation>
    </message>
    <message>
        <source>Write the agency&apos;s name to go on.</source>
        <translation>Davom etish uchun agentlik nomini yozing.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Keyingi</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Oʻz soʻzlaringiz bilan (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Choose what happened, or write it in your own words, to go on.</source>
        <translation>Davom etish uchun nima boʻlganini tanlang yoki oʻz soʻzlaringiz bilan yozing.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Oldingi qadam</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Telefon yoki e-mail (ixtiyoriy)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Aloqa maʼlumotisiz yuborish</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Shikoyatni yuborish</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Shikoyatingiz saqlanmoqda…</translation>
    </message>
    <message>
        <source>This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.</source>
        <translation>Hozir bu kiosk shikoyatlarni saqlay olmaydi, shuning uchun shikoyatingiz saqlanmadi. Xodimga yoki boshqa kioskka murojaat qiling.</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Shikoyatingizni saqlab boʻlmadi. Iltimos, qaytadan urinib koʻring yoki xodimdan yordam soʻrang.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Bu kiosk internetga ulanishi bilanoq shikoyat shikoyatlarni koʻrib chiquvchi organga yuboriladi. Rahmat: shikoyatingiz boshqalarni himoya qiladi.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Qayta urinish</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Qidirish</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. These topics may help:</source>
        <translation>“%1” boʻyicha hech narsa topilmadi. Bu mavzular yordam berishi mumkin:</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Soʻz yozing, masalan: pasport.</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>%1 boʻyicha natijalar koʻrsatilmoqda</translation>
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
        <source>Print a receipt again:</source>
        <translation>Talonni qayta chop etish:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Hozir sinxronlash</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a central service: it works on the data it has.</source>
        <translation>Bu kiosk markaziy xizmatga ulanmagan: u oʻz maʼlumotlarida ishlaydi.</translation>
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
        <source>Enter your PIN.</source>
        <translation>PIN-kodingizni kiriting.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before it locks: %1</source>
        <translation>PIN-kod notoʻgʻri. Qulflanishgacha qolgan urinishlar: %1</translation>
    </message>
    <message>
        <source>This name cannot sign in on this device.</source>
        <translation>Bu ism bilan bu qurilmaga kirib boʻlmaydi.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Joylaringizdan hech biri bu qurilmaga hali maʼlum emas. Katta xodimga murojaat qiling.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Hozir kirib boʻlmaydi. Birozdan keyin qayta urinib koʻring.</translation>
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
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN-kod kamida 4 ta raqamdan iborat.</translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <source>Checked in</source>
        <translation>Keldi</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Xizmat koʻrsatildi</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Kelmadi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Bekor qilingan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Kutilmoqda</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step %1 of 6</source>
        <translation>%1-qadam (6 tadan)</translation>
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
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Agentlikni tekshirish</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (%2 sanagacha)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Litsenziya %1 sanagacha amal qiladi.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>litsenziya berildi</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>litsenziya toʻxtatildi</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>litsenziya bekor qilindi</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>litsenziya muddati tugadi</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>litsenziya berish rad etildi</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Litsenziyasi bor va quyidagi mamlakatlarga ishga yubora oladi: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Litsenziyasi bor, lekin reestrda agentlik qaysi mamlakatlarga ishga yubora olishi koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>%1 uchun litsenziyasi yoʻq.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Bu agentlik faqat quyidagi mamlakatlarga ishga yubora oladi: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>Reestrda agentlik qaysi mamlakatlarga ishga yubora olishi koʻrsatilmagan.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>Litsenziyasi YOʻQ: litsenziya %1 kunidan beri toʻxtatilgan.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>Litsenziyasi YOʻQ: litsenziya %1 kuni bekor qilingan.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>Litsenziyasi YOʻQ: litsenziya muddati %1 kuni tugagan.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>Litsenziyasi YOʻQ: litsenziya olish arizasi %1 kuni rad etilgan.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>%1 holatiga koʻra reestrda topilmadi. Pul toʻlamang. U ustidan shikoyat qiling.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Shunday boʻlsa ham: pul toʻlashdan oldin yozma shartnoma oling va pasportingizni hech qachon bermang.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Bu mamlakatdagi ish uchun unga pul toʻlamang.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Bu agentlik sizni ishga yuborishga haqli emas. Unga pul toʻlamang va pasportingizni bermang.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Reestr maʼlumotlari %1 holatiga koʻra.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Reestr yuklanmagan.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Bu maʼlumotlar %1 kun oldingi, shuning uchun javob eskirgan boʻlishi mumkin. Kimgadir pul toʻlashdan oldin litsenziya beruvchi organdan soʻrang.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>TOʻQIMA namunaviy agentlik: bu sinov maʼlumotlari, haqiqiy kompaniya emas.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Siz qidirgan nom: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Boshqa nomlari</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Litsenziya raqami</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Litsenziya beruvchi organ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Manzil</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Filiallari</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Veb-sayt</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Holat tarixi</translation>
    </message>
    <message>
        <source>Choose your country of work</source>
        <translation>Ishlaydigan mamlakatingizni tanlang</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Ishlaydigan mamlakat: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Bu agentlik ustidan shikoyat qilish</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Boshqa agentlikni tekshirish</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>LITSENZIYASI BOR</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>LITSENZIYASI YOʻQ</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>%1 uchun LITSENZIYASI YOʻQ</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>Reestrda TOPILMADI</translation>
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
