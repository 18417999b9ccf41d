<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz-Latn">
<context>
    <name>console</name>
    <message>
        <source>Answers</source>
        <translation>Javoblar</translation>
    </message>
    <message>
        <source>Answers per article</source>
        <translation>Maqolalar boʻyicha javoblar</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Ilova versiyasi</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>«Ha» yoki «yoʻq»ni tanlang.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Soat</translation>
    </message>
    <message>
        <source>Disk nearly full: {size} MB free</source>
        <translation>Disk deyarli toʻla: {size} MB boʻsh</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Roʻyxatdan oʻtgan</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Diskda boʻsh joy</translation>
    </message>
    <message>
        <source>Free disk (GB) over the last heartbeats</source>
        <translation>Soʻnggi signallar boʻyicha diskdagi boʻsh joy (GB)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Holati</translation>
    </message>
    <message>
        <source>Heartbeat every</source>
        <translation>Signal oraligʻi</translation>
    </message>
    <message>
        <source>In the canary group: it is offered a new release before the rest of the fleet</source>
        <translation>Kanareyka guruhida: yangi reliz unga boshqa kiosklardan oldin taklif qilinadi</translation>
    </message>
    <message>
        <source>Kiosk {kiosk_id}</source>
        <translation>Kiosk {kiosk_id}</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Maqola tili</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Oxirgi xato</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Oxirgi signal</translation>
    </message>
    <message>
        <source>Needs a visit</source>
        <translation>Borib koʻrish kerakmi</translation>
    </message>
    <message>
        <source>Never heard from since it was enrolled ({when}).</source>
        <translation>Roʻyxatdan oʻtganidan beri ({when}) bir marta ham aloqaga chiqmagan.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Yoʻq</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Hali javoblar yoʻq.</translation>
    </message>
    <message>
        <source>No heartbeat has arrived from this kiosk yet.</source>
        <translation>Bu kioskdan hali birorta signal kelmagan.</translation>
    </message>
    <message>
        <source>No kiosk matches these filters.</source>
        <translation>Bu shartlarga mos kiosk yoʻq.</translation>
    </message>
    <message>
        <source>Not heard from for {duration}; it should send a heartbeat every {interval}.</source>
        <translation>Signal kelmaganiga {duration} boʻldi; u har {interval} signal yuborishi kerak.</translation>
    </message>
    <message>
        <source>Nothing needs a visit.</source>
        <translation>Borib koʻrish shart emas.</translation>
    </message>
    <message>
        <source>Oldest outbox item</source>
        <translation>Eng eski chiquvchi yozuv</translation>
    </message>
    <message>
        <source>One row per kiosk</source>
        <translation>Har bir kiosk uchun bitta qator</translation>
    </message>
    <message>
        <source>Only kiosks that need a visit</source>
        <translation>Faqat borib koʻrish kerak boʻlgan kiosklar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Tartib</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Chiquvchi navbat</translation>
    </message>
    <message>
        <source>Outbox depth over the last heartbeats</source>
        <translation>Soʻnggi signallar boʻyicha chiquvchi navbatdagi yozuvlar soni</translation>
    </message>
    <message>
        <source>Outbox items parked: {count}. Staff must look at them.</source>
        <translation>Chetga olingan chiquvchi yozuvlar: {count}. Xodimlar ularni koʻrib chiqishi kerak.</translation>
    </message>
    <message>
        <source>Place and canary group</source>
        <translation>Joy va kanareyka guruhi</translation>
    </message>
    <message>
        <source>Place and kiosk</source>
        <translation>Joy va kiosk</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Printer: {state}</translation>
    </message>
    <message>
        <source>Recent heartbeats</source>
        <translation>Soʻnggi signallar</translation>
    </message>
    <message>
        <source>Release running / offered</source>
        <translation>Reliz: oʻrnatilgan / taklif qilingan</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saqlandi.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} kiosks.</source>
        <translation>{total} ta kioskdan {shown} tasi koʻrsatilmoqda.</translation>
    </message>
    <message>
        <source>Staff device</source>
        <translation>Xodimlar qurilmasi</translation>
    </message>
    <message>
        <source>The clock is {duration} fast</source>
        <translation>Soat {duration} ilgarilab ketgan</translation>
    </message>
    <message>
        <source>The clock is {duration} slow</source>
        <translation>Soat {duration} orqada qolgan</translation>
    </message>
    <message>
        <source>The last sync failed: {error}</source>
        <translation>Oxirgi sinxronlash amalga oshmadi: {error}</translation>
    </message>
    <message>
        <source>The last {count} heartbeats, newest first</source>
        <translation>Soʻnggi {count} ta signal, yangilari avval</translation>
    </message>
    <message>
        <source>The oldest unsent outbox item is {duration} old</source>
        <translation>Eng eski yuborilmagan chiquvchi yozuv kutayotganiga {duration} boʻldi</translation>
    </message>
    <message>
        <source>There is no kiosk {kiosk_id}.</source>
        <translation>{kiosk_id} kioski yoʻq.</translation>
    </message>
    <message>
        <source>There is no such language.</source>
        <translation>Bunday til yoʻq.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>Bunday tartib yoʻq.</translation>
    </message>
    <message>
        <source>There is no such state. Choose fresh, late, stale or never seen.</source>
        <translation>Bunday holat yoʻq. Tanlang: aloqada, kechikmoqda, jim yoki aloqaga chiqmagan.</translation>
    </message>
    <message>
        <source>This kiosk needs a visit.</source>
        <translation>Bu kioskka borib koʻrish kerak.</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Foydali</translation>
    </message>
    <message>
        <source>Was this useful? Answers per article</source>
        <translation>«Foydali boʻldimi?» Maqolalar boʻyicha javoblar</translation>
    </message>
    <message>
        <source>What people answered at the end of an article. Nothing about them is asked or kept.</source>
        <translation>Odamlar maqola oxirida nima deb javob bergani. Ularning oʻzlari haqida hech narsa soʻralmaydi va saqlanmaydi.</translation>
    </message>
    <message>
        <source>Where the kiosk stands</source>
        <translation>Kiosk qayerda turibdi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ha</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>ortda qolgan</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>barcha tillar</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aloqada</translation>
    </message>
    <message>
        <source>in the canary group</source>
        <translation>kanareyka guruhida</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hozirgina</translation>
    </message>
    <message>
        <source>late</source>
        <translation>kechikmoqda</translation>
    </message>
    <message>
        <source>longest unheard first</source>
        <translation>avval eng uzoq signal bermaganlar</translation>
    </message>
    <message>
        <source>needs a visit</source>
        <translation>borib koʻrish kerak</translation>
    </message>
    <message>
        <source>needs a visit first</source>
        <translation>avval borib koʻrish kerak boʻlganlar</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hech qachon</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>aloqaga chiqmagan</translation>
    </message>
    <message>
        <source>no place set</source>
        <translation>joyi koʻrsatilmagan</translation>
    </message>
    <message>
        <source>not in the canary group</source>
        <translation>kanareyka guruhida emas</translation>
    </message>
    <message>
        <source>offered {offered}; not reported yet</source>
        <translation>taklif qilingan: {offered}; oʻrnatilgani hali maʼlum emas</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>aniq</translation>
    </message>
    <message>
        <source>place</source>
        <translation>joy boʻyicha</translation>
    </message>
    <message>
        <source>runs {running}, offered {offered}</source>
        <translation>oʻrnatilgan: {running}, taklif qilingan: {offered}</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>jim</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>yangilangan</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} kun {hours} soat</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} oldin</translation>
    </message>
    <message>
        <source>{duration} fast</source>
        <translation>{duration} ilgarilab ketgan</translation>
    </message>
    <message>
        <source>{duration} slow</source>
        <translation>{duration} orqada qolgan</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} soat {minutes} daqiqa</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} daqiqa</translation>
    </message>
    <message>
        <source>{needing} of {total} kiosks need a visit</source>
        <translation>{total} ta kioskdan {needing} tasiga borib koʻrish kerak</translation>
    </message>
    <message>
        <source>{percent}% useful ({yes} of {total})</source>
        <translation>foydali: {percent}% ({total} tadan {yes} tasi)</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} soniya</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
</TS>
