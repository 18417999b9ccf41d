<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Country of work: any country</source>
        <translation>Иштей турган өлкө: каалаган өлкө</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Иштей турган өлкө: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр жүктөлгөн жок.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реестрдин маалыматтары %1 абалы боюнча.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бул маалыматтар %1 күн мурунку, ошондуктан жооп эскирип калган болушу мүмкүн. Кимдир бирөөгө акча төлөөдөн мурун лицензия берүүчү органдан сураңыз.</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name or its licence number.</source>
        <translation>Агенттиктин аталышын же лицензиясынын номерин жазыңыз.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Реестрде мындай аталыштагы агенттик жок.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Агенттиктин аталышы же лицензиянын номери</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Бул сыноо киоскусу: бул жердеги бардык агенттиктер ОЙДОН ЧЫГАРЫЛГАН, мисал үчүн гана.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Агенттик бул тизмеде жок</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Күндү тандаңыз</translation>
    </message>
    <message>
        <source>Days with places left: %1</source>
        <translation>Бош орундар бар күндөр: %1</translation>
    </message>
    <message>
        <source>No places left this month.</source>
        <translation>Бул айда бош орундар жок.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Мурунку ай</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кийинки ай</translation>
    </message>
    <message>
        <source>The number under a day is how many places are left.</source>
        <translation>Күндүн астындагы сан — канча бош орун калганын көрсөтөт.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>орун жок</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Атыңыз</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Last 4 digits of your passport (optional)</source>
        <translation>Паспортуңуздун акыркы 4 цифрасы (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Сиздин маалыматтар</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Сураныч, атыңызды жазыңыз.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and a + at the start.</source>
        <translation>Телефон номеринде цифралар, боштуктар жана башында + гана болот.</translation>
    </message>
    <message>
        <source>Write exactly the last 4 digits of your passport, or leave it empty.</source>
        <translation>Паспортуңуздун так акыркы 4 цифрасын жазыңыз же бул жерди бош калтырыңыз.</translation>
    </message>
    <message>
        <source>Write your name to go on.</source>
        <translation>Улантуу үчүн атыңызды жазыңыз.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your booking is saved</source>
        <translation>Жазылууңуз сакталды</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Талонуңуз басылып жатат…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Талонуңузду экрандын астындагы принтерден алыңыз.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.</source>
        <translation>Талонду басып чыгаруу мүмкүн болгон жок. Сураныч, бул экранды сүрөткө тартып алыңыз: номер жана QR-код — бул сиздин талонуңуз. Кызматкерлерге кабар берилди.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Жазылууңуздун номери: %1.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Жазылууңуздун номери</translation>
    </message>
    <message>
        <source>Bring these documents:</source>
        <translation>Бул документтерди өзүңүз менен алып келиңиз:</translation>
    </message>
    <message>
        <source>To cancel or change it, choose &quot;Book an appointment&quot; on any kiosk, then &quot;Cancel or change a booking&quot;, and type this reference.</source>
        <translation>Жазылууну жокко чыгаруу же өзгөртүү үчүн каалаган киоскто «Кабыл алууга жазылуу», андан кийин «Жазылууну жокко чыгаруу же өзгөртүү» дегенди тандап, ушул номерди жазыңыз.</translation>
    </message>
    <message>
        <source>Listen to the receipt</source>
        <translation>Талонду угуу</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Кайра басып чыгаруу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>BookingLocations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Кайда?</translation>
    </message>
    <message>
        <source>No office offers this service in the coming weeks. Please ask staff.</source>
        <translation>Жакынкы жумаларда бул кызматты эч бир кеңсе көрсөтпөйт. Сураныч, кызматкерге кайрылыңыз.</translation>
    </message>
    <message>
        <source>Mobile office in %1.</source>
        <translation>Көчмө кеңсе: %1.</translation>
    </message>
    <message>
        <source>Next visit: %1.</source>
        <translation>Кийинки келүү: %1.</translation>
    </message>
    <message>
        <source>No visit planned yet.</source>
        <translation>Келүү азырынча пландалган эмес.</translation>
    </message>
    <message>
        <source>First day with places left: %1.</source>
        <translation>Бош орундар бар биринчи күн: %1.</translation>
    </message>
    <message>
        <source>Visiting soon</source>
        <translation>Жакында келет</translation>
    </message>
</context>
<context>
    <name>BookingManage</name>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Жазылууну жокко чыгаруу же өзгөртүү</translation>
    </message>
    <message>
        <source>This reference is not right: please check each character.</source>
        <translation>Бул номер туура эмес: ар бир белгини текшериңиз.</translation>
    </message>
    <message>
        <source>No booking matches this reference and name.</source>
        <translation>Мындай номер жана ат менен жазылуу табылган жок.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Байланыш жок: бул киоск ушул жерде жасалган жазылууларды гана таба алат. Кийинчерээк кайра аракет кылыңыз же кеңседен сураңыз.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again or ask staff for help.</source>
        <translation>Бир нерсе туура эмес болду. Сураныч, кайра аракет кылып көрүңүз же кызматкерден жардам сураңыз.</translation>
    </message>
    <message>
        <source>Type the reference from your receipt, and your name or the last 4 digits of your passport.</source>
        <translation>Талондогу номерди жана атыңызды же паспортуңуздун акыркы 4 цифрасын жазыңыз.</translation>
    </message>
    <message>
        <source>Your name or the last 4 digits of your passport</source>
        <translation>Атыңыз же паспортуңуздун акыркы 4 цифрасы</translation>
    </message>
    <message>
        <source>Write the reference and your name or the 4 digits to go on.</source>
        <translation>Улантуу үчүн жазылуунун номерин жана атыңызды же паспортуңуздун акыркы 4 цифрасын жазыңыз.</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Жазылуумду табуу</translation>
    </message>
    <message>
        <source>This booking is cancelled.</source>
        <translation>Бул жазылуу жокко чыгарылган.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Убакытты өзгөртүү</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ооба, жокко чыгаруу</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Жазылууну жокко чыгаруу</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Кабыл алуу жери</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Күнү жана убактысы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Passport, last 4 digits</source>
        <translation>Паспорт, акыркы 4 цифрасы</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Бул убакыттагы акыркы орунду азыр эле башка бирөө ээлеп алды. Сураныч, башка убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>This kiosk cannot book this time while offline. Choose another time, or book at the office.</source>
        <translation>Байланыш жок болгондуктан, бул киоскто бул убакытка жазылууга болбойт. Башка убакытты тандаңыз же кеңседе жазылыңыз.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Байланыш жок: бул киоск ушул жерде жасалган жазылууларды гана таба алат. Кийинчерээк кайра аракет кылыңыз же кеңседен сураңыз.</translation>
    </message>
    <message>
        <source>You already have a booking for this service on this day.</source>
        <translation>Сиз бул күнгө бул кызматка мурунтан эле жазылгансыз.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>Бул убакытка эми жазылууга болбойт. Сураныч, башка убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>The booking could not be saved. Please try again or ask staff for help.</source>
        <translation>Жазылууну сактоо мүмкүн болгон жок. Сураныч, кайра аракет кылып көрүңүз же кызматкерден жардам сураңыз.</translation>
    </message>
    <message>
        <source>This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.</source>
        <translation>Азыр бул киоск жазылууларды сактай албайт, ошондуктан сиз жазылган жоксуз. Кызматкерге же башка киоскко кайрылыңыз.</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Жазылууңузду текшериңиз</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Башка убакыт тандоо</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Жазылуу жүрүп жатат…</translation>
    </message>
    <message>
        <source>Change to this time</source>
        <translation>Ушул убакытка которуу</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Жазылууну ырастоо</translation>
    </message>
</context>
<context>
    <name>BookingServices</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Кайсы кызматка жазыласыз?</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Болжол менен %1 мүнөт</translation>
    </message>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Жазылууну жокко чыгаруу же өзгөртүү</translation>
    </message>
</context>
<context>
    <name>BookingTimes</name>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Убакытты тандаңыз</translation>
    </message>
    <message>
        <source>Places left: %1</source>
        <translation>Бош орундар: %1</translation>
    </message>
    <message>
        <source>ask at the office</source>
        <translation>кеңседен сураңыз</translation>
    </message>
    <message>
        <source>full</source>
        <translation>орун жок</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose your country of work</source>
        <translation>Иштей турган өлкөңүздү тандаңыз</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Каалаган өлкө / Азырынча билбейм</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>DeskOutcome</name>
    <message>
        <source>Checked in</source>
        <translation>Келгени белгиленди</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Мурунтан эле белгиленген</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Жазылуу жокко чыгарылган</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Башка күн</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Башка жер</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Келген жок деп белгиленген</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Табылган жок</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Белгисиз киоск</translation>
    </message>
    <message>
        <source>Not a genuine receipt</source>
        <translation>Талон чыныгы эмес</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>бул түзмөктүн PIN-коду</translation>
    </message>
    <message>
        <source>%1, on another device</source>
        <translation>%1, башка түзмөктө</translation>
    </message>
    <message>
        <source>Found by the reference typed: no QR code was checked.</source>
        <translation>Терилген номер боюнча табылды: QR-код текшерилген жок.</translation>
    </message>
    <message>
        <source>Booked at a kiosk while it was offline: added to the list.</source>
        <translation>Байланышы жок киоскто жазылган: тизмеге кошулду.</translation>
    </message>
    <message>
        <source>Checked in at %1 by %2</source>
        <translation>%1 белгиленген (%2)</translation>
    </message>
    <message>
        <source>Marked as a no-show at %1 by %2: undo that first</source>
        <translation>%1 келген жок деп белгиленген (%2): адегенде муну жокко чыгарыңыз</translation>
    </message>
    <message>
        <source>This booking was cancelled: there is no visit to record.</source>
        <translation>Бул жазылуу жокко чыгарылган: белгилей турган келүү жок.</translation>
    </message>
    <message>
        <source>This booking is for %1.</source>
        <translation>Бул жазылуу %1 үчүн.</translation>
    </message>
    <message>
        <source>This booking is at %1.</source>
        <translation>Бул жазылуу башка жерге: %1.</translation>
    </message>
    <message>
        <source>No booking with this reference is on this device&apos;s lists.</source>
        <translation>Бул түзмөктүн тизмелеринде мындай номерлүү жазылуу жок.</translation>
    </message>
    <message>
        <source>The receipt comes from kiosk %1, which this device does not know yet. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>Талонду %1 киоску берген, бул түзмөк аны азырынча тааныбайт. Адамдын документтерин текшериңиз же аны тизмеден аты боюнча табыңыз.</translation>
    </message>
    <message>
        <source>The QR code is damaged, altered or not one of our receipts. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>QR-код бузулган, өзгөртүлгөн же бул биздин талон эмес. Адамдын документтерин текшериңиз же аны тизмеден аты боюнча табыңыз.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Кийинки адам</translation>
    </message>
</context>
<context>
    <name>DeskRow</name>
    <message>
        <source>Walk-in</source>
        <translation>Ордунда жазылуу</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>бул түзмөктүн PIN-коду</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, on another device</source>
        <translation>%1, %2, башка түзмөктө</translation>
    </message>
    <message>
        <source>(no name on the list)</source>
        <translation>(тизмеде аты жок)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Келгенин белгилөө</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Кызмат көрсөтүлдү</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Келген жок</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Жокко чыгаруу (%1 с)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Кайра басып чыгаруу</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Staff desk</source>
        <translation>Кызматкердин столу</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Жазылгандар</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Келишти</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Кызмат көрсөтүлдү</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келишкен жок</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылды</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Ордунда жазылгандар</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <translation>Бул жазылуу жокко чыгарылган.</translation>
    </message>
    <message>
        <source>That visit is already finished: undo it first.</source>
        <translation>Бул келүү бүтүп калган: адегенде белгини жокко чыгарыңыз.</translation>
    </message>
    <message>
        <source>That person is already checked in.</source>
        <translation>Бул адам мурунтан эле белгиленген.</translation>
    </message>
    <message>
        <source>Check the person in first.</source>
        <translation>Адегенде келгенин белгилеңиз.</translation>
    </message>
    <message>
        <source>Too late to undo: the time for it is over.</source>
        <translation>Жокко чыгарууга кеч: убакыт бүттү.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Жокко чыгара турган эч нерсе жок.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that.</source>
        <translation>Муну улук кызматкер гана жасай алат.</translation>
    </message>
    <message>
        <source>That booking is not on this list.</source>
        <translation>Бул жазылуу бул тизмеде жок.</translation>
    </message>
    <message>
        <source>This receipt cannot be printed here: the list does not have the name.</source>
        <translation>Бул талонду бул жерде басып чыгарууга болбойт: тизмеде аты жок.</translation>
    </message>
    <message>
        <source>That did not work. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Болгон жок. Кайра аракет кылыңыз; дагы болбосо, улук кызматкерге айтыңыз.</translation>
    </message>
    <message>
        <source>Marked as served: %1</source>
        <translation>Кызмат көрсөтүлдү деп белгиленди: %1</translation>
    </message>
    <message>
        <source>Marked as a no-show: %1</source>
        <translation>Келген жок деп белгиленди: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Келгени белгиленди: %1</translation>
    </message>
    <message>
        <source>Signing out in %1 s for want of a tap. Tap anywhere to stay.</source>
        <translation>%1 секунддан кийин чыгасыз: экранга көптөн бери тийилген жок. Калуу үчүн экранга тийиңиз.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Кирди: %1</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>бул түзмөктүн PIN-коду</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type its reference and press Enter.</source>
        <translation>Талондогу QR-кодду сканерлеңиз же анын номерин териңиз да, Enter баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Жокко чыгаруу (%1 с)</translation>
    </message>
    <message>
        <source>Receipt printed again</source>
        <translation>Талон кайра басылууда</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Белгилөө</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Мурунку күн</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Кийинки күн</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгүн</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Ордунда жазылуу</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Күндүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Кызматкерлердин менюсу</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Чыгуу</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Кызматкер режиминен чыгуу</translation>
    </message>
    <message>
        <source>List from the centre: %1</source>
        <translation>Борбордон тизме: %1</translation>
    </message>
    <message>
        <source>This device has no list from the centre for this day: only what was done here shows.</source>
        <translation>Бул түзмөктө бул күнгө борбордон тизме жок: ушул жерде жасалгандар гана көрүнөт.</translation>
    </message>
    <message>
        <source>Find by reference, name or phone:</source>
        <translation>Номер, аты же телефону боюнча табуу:</translation>
    </message>
    <message>
        <source>Nobody is on this list.</source>
        <translation>Бул тизмеде эч ким жок.</translation>
    </message>
    <message>
        <source>Nobody on the list matches.</source>
        <translation>Тизмеде туура келген эч ким жок.</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Кызматкерлер үчүн кирүү</translation>
    </message>
    <message>
        <source>Tap your name, or scan your staff badge.</source>
        <translation>Атыңызды басыңыз же кызматкердин картаңызды сканерлеңиз.</translation>
    </message>
    <message>
        <source>Scan your staff badge here.</source>
        <translation>Кызматкердин картаңызды ушул жерде сканерлеңиз.</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries. Seconds until the next try: %1</source>
        <translation>Туура эмес аракеттер өтө көп болгондуктан кулпуланды. Кийинки аракетке чейин калган секунддар: %1</translation>
    </message>
    <message>
        <source>This badge was not accepted. Tries left before it locks: %1</source>
        <translation>Карта кабыл алынган жок. Кулпуланганга чейин калган аракеттер: %1</translation>
    </message>
    <message>
        <source>This badge cannot sign in on this device.</source>
        <translation>Бул карта менен бул түзмөккө кирүүгө болбойт.</translation>
    </message>
    <message>
        <source>That is not a staff badge. To check someone in, sign in first.</source>
        <translation>Бул кызматкердин картасы эмес. Келгенин белгилөө үчүн адегенде кириңиз.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Сиздин жерлериңиздин бири да бул түзмөккө азырынча белгисиз. Улук кызматкерге кайрылыңыз.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Азыр кирүүгө болбойт. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>This device&apos;s PIN</source>
        <translation>Бул түзмөктүн PIN-коду</translation>
    </message>
</context>
<context>
    <name>DeskSummary</name>
    <message>
        <source>Day summary</source>
        <translation>Күндүн жыйынтыгы</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Жыйынтык басылып жатат…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сакталып жатат…</translation>
    </message>
    <message>
        <source>The summary could not be printed: see the printer&apos;s state in the staff menu.</source>
        <translation>Жыйынтыкты басып чыгаруу мүмкүн болгон жок: принтердин абалын кызматкерлердин менюсунан караңыз.</translation>
    </message>
    <message>
        <source>The summary could not be saved: the disk may be full.</source>
        <translation>Жыйынтыкты сактоо мүмкүн болгон жок: диск толуп калышы мүмкүн.</translation>
    </message>
    <message>
        <source>The summary is printed.</source>
        <translation>Жыйынтык басылды.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сакталды: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып чыгаруу</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>PDF сактоо</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорттоо</translation>
    </message>
    <message>
        <source>Saved to the folder %1</source>
        <translation>%1 папкасына сакталат</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>Walk-in</source>
        <translation>Ордунда жазылуу</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as in the passport, at least two letters.</source>
        <translation>Адамдын атын паспорттогудай териңиз, кеминде эки тамга.</translation>
    </message>
    <message>
        <source>That phone number is not complete: type it with the country code, or leave it empty.</source>
        <translation>Телефон номери толук эмес: аны өлкөнүн коду менен териңиз же бош калтырыңыз.</translation>
    </message>
    <message>
        <source>That time has just filled up. Choose another time.</source>
        <translation>Бул убакыт азыр эле толуп калды. Башка убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>This device has no place left at that time while the centre does not answer. Choose another time.</source>
        <translation>Борбор жооп бербей турганда бул түзмөктө бул убакытка бош орун жок. Башка убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>This person already has a booking for this service that day.</source>
        <translation>Бул адам бул күнгө бул кызматка мурунтан эле жазылган.</translation>
    </message>
    <message>
        <source>That time can no longer be booked. Choose another time.</source>
        <translation>Бул убакытка эми жазылууга болбойт. Башка убакытты тандаңыз.</translation>
    </message>
    <message>
        <source>The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Ордунда жазылуу сакталган жок. Кайра аракет кылыңыз; дагы болбосо, улук кызматкерге айтыңыз.</translation>
    </message>
    <message>
        <source>No time is left today at this place.</source>
        <translation>Бүгүн бул жерде бош убакыт калган жок.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Кызмат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Убакыт</translation>
    </message>
    <message>
        <source>Name, as in the passport</source>
        <translation>Аты, паспорттогудай</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (каалоо боюнча)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Жазылуу жүрүп жатат…</translation>
    </message>
    <message>
        <source>Book, check in and print</source>
        <translation>Жазылууну сактап, келгенин белгилеп, басып чыгаруу</translation>
    </message>
    <message>
        <source>Booked and checked in: %1, %2</source>
        <translation>Жазылды жана белгиленди: %1, %2</translation>
    </message>
    <message>
        <source>Another walk-in</source>
        <translation>Дагы бир ордунда жазылуу</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бул киоскту кантип колдонуу керек</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Тилди алмаштыруу үчүн жогорудагы тил баскычын басыңыз.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Текстти чоңойтуу үчүн жогорудагы «Текст» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Кара фондо ак текст керек болсо, «Контраст» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Экрандагы текстти үн менен угуу үчүн «Угуу» баскычын басыңыз.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Артка» баскычы бир кадам артка кайтарат. «Башкы бет» баскычы башына кайтарат.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Эгер экранга бир канча убакыт эч ким тийбесе, киоск сизден дагы убакыт керекпи деп сурайт. Андан кийин кийинки адам көрбөсүн деп, сиз киргизгендин баарын өчүрөт.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Бул киоскту колдонуу акысыз. Аны колдонгонуңуз үчүн эч ким сизден акча сурай албайт.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Сизге кантип жардам бере алабыз?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Укуктарыңызды билиңиз</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Коопсуз миграция жана чет өлкөдөгү укуктарыңыз — өз тилиңизде</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Бул жумушка орноштуруу агенттигинин лицензиясы барбы?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Кабыл алууга жазылуу</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Виза борборуна жана миграция кызматына жазылуу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Жардам</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бул киоскту кантип колдонуу керек</translation>
    </message>
    <message>
        <source>Information updated: %1</source>
        <translation>Маалымат жаңыланган: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Байланыш бар</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Байланыш жок</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бул сыноо киоскусу: бул жердеги маалыматтар мисал үчүн гана, алар чыныгы эмес.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Сизге дагы убакыт керекпи?</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>секунд калды</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Эсеп нөлгө жеткенде, сиз киргизгендин баары өчүрүлөт жана киоск кайра башынан башталат.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мага дагы убакыт керек</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Тилди тандаңыз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Угуу: тажик үнү азырынча жок, ошондуктан тажикче текстти фарс үнү окуйт.</translation>
    </message>
    <message>
        <source>This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.</source>
        <translation>Азыр бул киоск эч нерсени сактай албайт, ошондуктан кабыл алууга жазылууну жана арыздарды кабыл албайт. Окууга жана агенттиктерди текшерүүгө болот. Жазылуу же арыз берүү үчүн кызматкерге же башка киоскко кайрылыңыз.</translation>
    </message>
</context>
<context>
    <name>OfflineNote</name>
    <message>
        <source>Offline: only bookings made at this kiosk can be found here.</source>
        <translation>Байланыш жок: бул жерден ушул киоскто жасалган жазылууларды гана табууга болот.</translation>
    </message>
    <message>
        <source>Offline: you see only the places this kiosk can book by itself. More may be free at the office.</source>
        <translation>Байланыш жок: бул жерде ушул киоскто азыр жазылууга боло турган орундар гана көрсөтүлгөн. Кеңседе бош орундар көбүрөөк болушу мүмкүн.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Тыныгуу</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Улантуу</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Угуу</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Өзүңүз менен алыңыз: телефонуңуздун камерасын бул кодго багыттаңыз, ушул бет телефонуңузда ачылат.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Жаңыртылды: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Булактар: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Бул пайдалуу болдубу?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Жообуңуз үчүн рахмат.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ооба</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жок</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Printing the receipt…</source>
        <translation>Талон басылып жатат…</translation>
    </message>
    <message>
        <source>The receipt is printed.</source>
        <translation>Талон басылды.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. The person can take a photo of the reference and the QR code.</source>
        <translation>Талонду басып чыгаруу мүмкүн болгон жок. Адам номерди жана QR-кодду сүрөткө тартып алса болот.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабуу</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Агенттик боюнча арыз берүү</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Жумуш же виза берилгенге чейин акча сурашты</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Паспортумду же документтеримди алып коюшту же кайтарып беришкен жок</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Мындай жумуш же иш берүүчү жок болуп чыкты</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Мени туристтик же студенттик виза менен иштөөгө жөнөтүштү</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Жумуш же айлык убада кылгандай болгон жок</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Лицензияны же келишимди көрсөтүүдөн баш тартышты</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Башка</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Кайсы агенттик?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Эмне болду?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Сиз менен кантип байланышсак болот? (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Арыз жөнөтүлдү</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Телефон номериңизди же e-mail дарегиңизди арыздарды карай турган орган сиз менен байланышсын десеңиз гана калтырыңыз. Арызды аларсыз деле жөнөтсөңүз болот.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Арызыңыз сакталды. Анын номери: %1. Аны жазып алыңыз же сүрөткө тартып алыңыз.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>%1-кадам (3 кадамдан)</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Агенттиктин аталышы</translation>
    </message>
    <message>
        <source>Write the agency&apos;s name to go on.</source>
        <translation>Улантуу үчүн агенттиктин аталышын жазыңыз.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кийинки</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Өз сөзүңүз менен (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Choose what happened, or write it in your own words, to go on.</source>
        <translation>Улантуу үчүн эмне болгонун тандаңыз же өз сөзүңүз менен жазыңыз.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Мурунку кадам</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Телефон же e-mail (милдеттүү эмес)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Байланыш маалыматысыз жөнөтүү</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Арызды жөнөтүү</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Арызыңыз сакталууда…</translation>
    </message>
    <message>
        <source>This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.</source>
        <translation>Азыр бул киоск арыздарды сактай албайт, ошондуктан арызыңыз сакталган жок. Кызматкерге же башка киоскко кайрылыңыз.</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Арызыңызды сактоо мүмкүн болгон жок. Сураныч, кайра аракет кылып көрүңүз же кызматкерден жардам сураңыз.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Бул киоск интернетке туташаары менен арыз арыздарды карай турган органга жөнөтүлөт. Рахмат: сиздин арызыңыз башкаларды коргойт.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Кайра аракет кылуу</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Даяр</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. These topics may help:</source>
        <translation>«%1» боюнча эч нерсе табылган жок. Бул темалар жардам бериши мүмкүн:</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Сөз жазыңыз, мисалы: паспорт.</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>%1 боюнча натыйжалар көрсөтүлүүдө</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Кызматкерлердин менюсу</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Эскертүү: бул киоскто сыноо PIN-коду турат. Киоскту элге ачуудан мурун кызматкерлердин PIN-кодун коюңуз.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Экрандагы клавиатураны текшериңиз:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Сыноо барагын басып чыгаруу</translation>
    </message>
    <message>
        <source>Print a receipt again:</source>
        <translation>Талонду кайра басып чыгаруу:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Азыр синхрондоо</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a central service: it works on the data it has.</source>
        <translation>Бул киоск борбордук кызматка туташтырылган эмес: ал өз маалыматтары менен иштейт.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Кулпулап чыгуу</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Киоск программасын жабуу</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Кызматкерлер үчүн гана</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Кызматкердин PIN-кодун киргизиңиз.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>PIN-кодуңузду киргизиңиз.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before it locks: %1</source>
        <translation>PIN-код туура эмес. Кулпуланганга чейин калган аракеттер: %1</translation>
    </message>
    <message>
        <source>This name cannot sign in on this device.</source>
        <translation>Бул ат менен бул түзмөккө кирүүгө болбойт.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Сиздин жерлериңиздин бири да бул түзмөккө азырынча белгисиз. Улук кызматкерге кайрылыңыз.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Азыр кирүүгө болбойт. Бир аздан кийин кайра аракет кылыңыз.</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Туура эмес PIN-код өтө көп терилгендиктен кулпуланды. Кийинки аракетке чейин калган секунд: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Өчүрүү</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN-код кеминде 4 цифрадан турат.</translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <source>Checked in</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Кызмат көрсөтүлдү</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Келген жок</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Жокко чыгарылган</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күтүлүүдө</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step %1 of 6</source>
        <translation>%1-кадам (6 кадамдан)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Артка</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Башкы бет</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Токтотуу</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Угуу</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Укуктарыңызды билиңиз</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Теманы тандаңыз.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Издөө</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Агенттикти текшерүү</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (%2 күнүнө чейин)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Лицензия %1 күнүнө чейин жарактуу.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>лицензия берилди</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>лицензия токтотулду</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>лицензия жокко чыгарылды</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>лицензиянын мөөнөтү бүттү</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>лицензия берүүдөн баш тартылды</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Лицензиясы бар, бул өлкөлөргө жумушка жөнөтө алат: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Лицензиясы бар, бирок реестрде агенттик кайсы өлкөлөргө жумушка жөнөтө алары көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>%1 үчүн лицензиясы жок.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Бул агенттик жумушка бул өлкөлөргө гана жөнөтө алат: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>Реестрде агенттик кайсы өлкөлөргө жумушка жөнөтө алары көрсөтүлгөн эмес.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>Лицензиясы ЖОК: лицензия %1 күнүнөн бери токтотулган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>Лицензиясы ЖОК: лицензия %1 күнү жокко чыгарылган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>Лицензиясы ЖОК: лицензиянын мөөнөтү %1 күнү бүткөн.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>Лицензиясы ЖОК: лицензия алуу өтүнүчү %1 күнү четке кагылган.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>%1 абалы боюнча реестрден табылган жок. Акча төлөбөңүз. Ал боюнча арыз бериңиз.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Ошентсе да: акча төлөөдөн мурун жазуу жүзүндөгү келишим алыңыз жана паспортуңузду эч качан бербеңиз.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Бул өлкөдөгү жумуш үчүн ага акча төлөбөңүз.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Бул агенттиктин сизди жумушка жөнөтүүгө укугу жок. Ага акча төлөбөңүз жана паспортуңузду бербеңиз.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реестрдин маалыматтары %1 абалы боюнча.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр жүктөлгөн жок.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бул маалыматтар %1 күн мурунку, ошондуктан жооп эскирип калган болушу мүмкүн. Кимдир бирөөгө акча төлөөдөн мурун лицензия берүүчү органдан сураңыз.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>ОЙДОН ЧЫГАРЫЛГАН мисал агенттик: бул сыноо маалыматтары, чыныгы компания эмес.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Сиз издегениңиз: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Башка аталыштары</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Лицензиянын номери</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Лицензия берүүчү орган</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Дарек</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Филиалдары</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Статусунун тарыхы</translation>
    </message>
    <message>
        <source>Choose your country of work</source>
        <translation>Иштей турган өлкөңүздү тандаңыз</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Иштей турган өлкө: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Бул агенттик боюнча арыз берүү</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Башка агенттикти текшерүү</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>ЛИЦЕНЗИЯСЫ БАР</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>ЛИЦЕНЗИЯСЫ ЖОК</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>%1 үчүн ЛИЦЕНЗИЯСЫ ЖОК</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>Реестрден ТАБЫЛГАН ЖОК</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Мигранттар үчүн маалымат</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Баштоо үчүн бул жерди басыңыз</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Кош келиңиз</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Укуктарыңызды билиңиз. Агенттикти текшериңиз. Кабыл алууга жазылыңыз.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бул сыноо киоскусу: бул жердеги маалыматтар мисал үчүн гана, алар чыныгы эмес.</translation>
    </message>
</context>
</TS>
