<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz-Latn">
<context>
    <name>console</name>
    <message>
        <source>A booking or slot the centre does not know</source>
        <translation>Markazga notanish yozuv yoki vaqt</translation>
    </message>
    <message>
        <source>A reference another booking has</source>
        <translation>Bu raqam boshqa yozuvda bor</translation>
    </message>
    <message>
        <source>A slot sold beyond its seats</source>
        <translation>Vaqtga joylar sonidan koʻp odam yozilgan</translation>
    </message>
    <message>
        <source>A staff device's audit log does not link up</source>
        <translation>Xodimlar qurilmasining jurnali uzilgan</translation>
    </message>
    <message>
        <source>At: {when}</source>
        <translation>Vaqti: {when}</translation>
    </message>
    <message>
        <source>Booking findings</source>
        <translation>Yozuvlar boʻyicha topilmalar</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Yozuv raqami</translation>
    </message>
    <message>
        <source>Bookings of the day, by time</source>
        <translation>Kun yozuvlari, vaqt boʻyicha</translation>
    </message>
    <message>
        <source>Bookings per day and place</source>
        <translation>Kunlar va joylar boʻyicha yozuvlar</translation>
    </message>
    <message>
        <source>Bookings per day and place, {first} to {last}</source>
        <translation>Kunlar va joylar boʻyicha yozuvlar, {first} dan {last} gacha</translation>
    </message>
    <message>
        <source>Bookings that arrived after the fact and broke a rule, but stand: staff should look at them.</source>
        <translation>Keyinroq kelib, qoidani buzgan, lekin kuchda qolgan yozuvlar: xodimlar ularni koʻrib chiqishi kerak.</translation>
    </message>
    <message>
        <source>Bookings: {count}</source>
        <translation>Yozuvlar: {count}</translation>
    </message>
    <message>
        <source>By the day of the appointment, from a week ago to two weeks ahead; cancelled bookings are not counted.</source>
        <translation>Qabul kuni boʻyicha, bir hafta oldindan ikki hafta keyingacha; bekor qilingan yozuvlar hisobga olinmaydi.</translation>
    </message>
    <message>
        <source>Cancelled: {count}</source>
        <translation>Bekor qilingan: {count}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Kelish qaydi</translation>
    </message>
    <message>
        <source>Check-in conflicts to resolve</source>
        <translation>Hal qilinishi kerak boʻlgan kelish qaydi ziddiyatlari</translation>
    </message>
    <message>
        <source>Check-ins of references with no booking here</source>
        <translation>Bu yerda yozuvi boʻlmagan raqamlar boʻyicha kelish qaydlari</translation>
    </message>
    <message>
        <source>Checked in: {count}</source>
        <translation>Kelgani qayd etilgan: {count}</translation>
    </message>
    <message>
        <source>Conflict {number}</source>
        <translation>{number}-ziddiyat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Kun</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Qurilma: {device}</translation>
    </message>
    <message>
        <source>First check-in (kept)</source>
        <translation>Birinchi qayd (saqlanadi)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Aniqlangan</translation>
    </message>
    <message>
        <source>No bookings at this place on this day.</source>
        <translation>Bu joyda bu kunga yozuvlar yoʻq.</translation>
    </message>
    <message>
        <source>No bookings in these days.</source>
        <translation>Bu kunlarda yozuvlar yoʻq.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Topilmalar yoʻq.</translation>
    </message>
    <message>
        <source>No names or phone numbers are shown here: only references, times and what staff devices recorded.</source>
        <translation>Bu yerda ismlar va telefon raqamlari koʻrsatilmaydi: faqat yozuv raqamlari, vaqtlar va xodimlar qurilmalari qayd etgan narsalar.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Hal qilinmagan ziddiyatlar yoʻq.</translation>
    </message>
    <message>
        <source>No-show: {count}</source>
        <translation>Kelmagan: {count}</translation>
    </message>
    <message>
        <source>Not yet: {count}</source>
        <translation>Hali qayd yoʻq: {count}</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Hal qilish</translation>
    </message>
    <message>
        <source>Second check-in</source>
        <translation>Ikkinchi qayd</translation>
    </message>
    <message>
        <source>Served: {count}</source>
        <translation>Xizmat koʻrsatilgan: {count}</translation>
    </message>
    <message>
        <source>Sold offline without a grant to pay for the seat</source>
        <translation>Yozuv oflayn qilingan, lekin unga ajratilgan joy yoʻq edi</translation>
    </message>
    <message>
        <source>Staff member: {staff_id}</source>
        <translation>Xodim: {staff_id}</translation>
    </message>
    <message>
        <source>The same person booked twice</source>
        <translation>Bitta odam ikki marta yozilgan</translation>
    </message>
    <message>
        <source>There is no conflict {number}.</source>
        <translation>{number}-ziddiyat yoʻq.</translation>
    </message>
    <message>
        <source>There is no such place: “{place}”. Choose one from the list.</source>
        <translation>Bunday joy yoʻq: «{place}». Roʻyxatdan tanlang.</translation>
    </message>
    <message>
        <source>This conflict was resolved already; the first note stands.</source>
        <translation>Bu ziddiyat allaqachon hal qilingan; birinchi izoh saqlanadi.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Vaqt</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Jami</translation>
    </message>
    <message>
        <source>Two staff devices checked the same receipt in. The first check-in stays; resolve the conflict with a note once you know what happened.</source>
        <translation>Xodimlarning ikki qurilmasi bitta chekni kelgan deb qayd etgan. Birinchi qayd saqlanadi; nima boʻlganini aniqlagach, izoh yozib ziddiyatni hal qiling.</translation>
    </message>
    <message>
        <source>What happened (a note kept with the conflict)</source>
        <translation>Nima boʻldi (izoh ziddiyat bilan birga saqlanadi)</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>amalda</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>bekor qilingan</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>keldi</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>kelmadi</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>hali yoʻq</translation>
    </message>
    <message>
        <source>served</source>
        <translation>xizmat koʻrsatildi</translation>
    </message>
    <message>
        <source>{place} on {day}</source>
        <translation>{place}, {day}</translation>
    </message>
    <message>
        <source>“{day}” is not a day. Write it as year-month-day, for example 2026-12-07.</source>
        <translation>«{day}» sana emas. Yil-oy-kun koʻrinishida yozing, masalan 2026-12-07.</translation>
    </message>
</context>
</TS>
