<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tg">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентиро санҷед</translation>
    </message>
    <message>
        <source>Country of work: any country</source>
        <translation>Кишвари кор: ҳар кишвар</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Кишвари кор: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Феҳрист бор нашудааст.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Маълумоти феҳрист ба ҳолати %1.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Ин маълумот аз %1 рӯз пеш аст, бинобар ин ҷавоб метавонад кӯҳна бошад. Пеш аз он ки ба касе пул диҳед, аз мақоми иҷозатдиҳанда пурсед.</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name or its licence number.</source>
        <translation>Номи агентӣ ё рақами иҷозатномаи онро нависед.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Дар феҳрист агентӣ бо чунин ном нест.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Номи агентӣ ё рақами иҷозатнома</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Ин киоски озмоишӣ аст: ҳамаи агентиҳои ин ҷо ТАХАЙЮЛӢ мебошанд, танҳо барои намуна.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Иҷозатнома %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Агентӣ дар ин рӯйхат нест</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Рӯзро интихоб кунед</translation>
    </message>
    <message>
        <source>Days with places left: %1</source>
        <translation>Рӯзҳое, ки ҷойҳои холӣ доранд: %1</translation>
    </message>
    <message>
        <source>No places left this month.</source>
        <translation>Дар ин моҳ ҷойҳои холӣ нест.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Моҳи пешина</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Моҳи оянда</translation>
    </message>
    <message>
        <source>The number under a day is how many places are left.</source>
        <translation>Рақами зери рӯз шумораи ҷойҳои холии боқимондаро нишон медиҳад.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ҷой нест</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Номи шумо</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Last 4 digits of your passport (optional)</source>
        <translation>4 рақами охири шиносномаи шумо (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Маълумоти шумо</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Лутфан, номи худро нависед.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and a + at the start.</source>
        <translation>Рақами телефон танҳо аз рақамҳо, фосилаҳо ва + дар аввал иборат аст.</translation>
    </message>
    <message>
        <source>Write exactly the last 4 digits of your passport, or leave it empty.</source>
        <translation>Маҳз 4 рақами охири шиносномаи худро нависед ё ин ҷойро холӣ гузоред.</translation>
    </message>
    <message>
        <source>Write your name to go on.</source>
        <translation>Барои идома додан номи худро нависед.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Баъдӣ</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your booking is saved</source>
        <translation>Навбати шумо сабт шуд</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Талони шумо чоп шуда истодааст…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Талони худро аз принтери зери экран гиред.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.</source>
        <translation>Талонро чоп кардан муяссар нашуд. Лутфан, аз ин экран акс гиред: рақам ва QR-код талони шумо мебошанд. Ба кормандон хабар дода шуд.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Рақами навбати шумо: %1.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Рақами навбати шумо</translation>
    </message>
    <message>
        <source>Bring these documents:</source>
        <translation>Ин ҳуҷҷатҳоро бо худ биёред:</translation>
    </message>
    <message>
        <source>To cancel or change it, choose &quot;Book an appointment&quot; on any kiosk, then &quot;Cancel or change a booking&quot;, and type this reference.</source>
        <translation>Барои бекор ё иваз кардани навбат, дар ҳар як киоск «Ба қабул навбат гиред», баъд «Навбатро бекор ё иваз кунед»-ро интихоб кунед ва ин рақамро нависед.</translation>
    </message>
    <message>
        <source>Listen to the receipt</source>
        <translation>Талонро шунидан</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Бори дигар чоп кунед</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Тайёр</translation>
    </message>
</context>
<context>
    <name>BookingLocations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Дар куҷо?</translation>
    </message>
    <message>
        <source>No office offers this service in the coming weeks. Please ask staff.</source>
        <translation>Дар ҳафтаҳои наздик ягон идора ин хизматро пешниҳод намекунад. Лутфан, ба корманд муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Mobile office in %1.</source>
        <translation>Идораи сайёр: %1.</translation>
    </message>
    <message>
        <source>Next visit: %1.</source>
        <translation>Омадани навбатӣ: %1.</translation>
    </message>
    <message>
        <source>No visit planned yet.</source>
        <translation>Омадан ҳоло ба нақша гирифта нашудааст.</translation>
    </message>
    <message>
        <source>First day with places left: %1.</source>
        <translation>Аввалин рӯз бо ҷойҳои холӣ: %1.</translation>
    </message>
    <message>
        <source>Visiting soon</source>
        <translation>Ба наздикӣ меояд</translation>
    </message>
</context>
<context>
    <name>BookingManage</name>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Навбатро бекор ё иваз кунед</translation>
    </message>
    <message>
        <source>This reference is not right: please check each character.</source>
        <translation>Ин рақам нодуруст аст: ҳар як аломатро санҷед.</translation>
    </message>
    <message>
        <source>No booking matches this reference and name.</source>
        <translation>Навбат бо чунин рақам ва ном ёфт нашуд.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Алоқа нест: ин киоск танҳо навбатҳоеро меёбад, ки дар ҳамин ҷо гирифта шудаанд. Баъдтар боз кӯшиш кунед ё аз идора пурсед.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again or ask staff for help.</source>
        <translation>Хатогӣ рух дод. Лутфан, бори дигар кӯшиш кунед ё аз корманд кӯмак пурсед.</translation>
    </message>
    <message>
        <source>Type the reference from your receipt, and your name or the last 4 digits of your passport.</source>
        <translation>Рақами талон ва номи худ ё 4 рақами охири шиносномаи худро нависед.</translation>
    </message>
    <message>
        <source>Your name or the last 4 digits of your passport</source>
        <translation>Номи шумо ё 4 рақами охири шиноснома</translation>
    </message>
    <message>
        <source>Write the reference and your name or the 4 digits to go on.</source>
        <translation>Барои идома додан рақами навбат ва номи худ ё 4 рақами охири шиносномаро нависед.</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Навбати худро ёбед</translation>
    </message>
    <message>
        <source>This booking is cancelled.</source>
        <translation>Ин навбат бекор карда шудааст.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Вақтро иваз кунед</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ҳа, бекор кунед</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Навбатро бекор кунед</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ҷои қабул</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Сана ва вақт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ном</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Passport, last 4 digits</source>
        <translation>Шиноснома, 4 рақами охир</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Ҷои охирини ин вақтро ҳозир каси дигар гирифт. Лутфан, вақти дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>This kiosk cannot book this time while offline. Choose another time, or book at the office.</source>
        <translation>Бе алоқа ин киоск ба ин вақт навбат дода наметавонад. Вақти дигарро интихоб кунед ё дар идора навбат гиред.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Алоқа нест: ин киоск танҳо навбатҳоеро меёбад, ки дар ҳамин ҷо гирифта шудаанд. Баъдтар боз кӯшиш кунед ё аз идора пурсед.</translation>
    </message>
    <message>
        <source>You already have a booking for this service on this day.</source>
        <translation>Шумо барои ин хизмат дар ин рӯз аллакай навбат доред.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>Ба ин вақт дигар навбат гирифтан мумкин нест. Лутфан, вақти дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>The booking could not be saved. Please try again or ask staff for help.</source>
        <translation>Навбатро сабт кардан муяссар нашуд. Лутфан, бори дигар кӯшиш кунед ё аз корманд кӯмак пурсед.</translation>
    </message>
    <message>
        <source>This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.</source>
        <translation>Ҳоло ин киоск навбатҳоро захира карда наметавонад, бинобар ин навбат гирифта нашуд. Ба корманд ё киоски дигар муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Навбати худро санҷед</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Вақти дигарро интихоб кунед</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Навбат сабт мешавад…</translation>
    </message>
    <message>
        <source>Change to this time</source>
        <translation>Ба ҳамин вақт гузаронед</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Навбатро тасдиқ кунед</translation>
    </message>
</context>
<context>
    <name>BookingServices</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Ба кадом хизмат навбат мегиред?</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>вариант</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Тақрибан %1 дақиқа</translation>
    </message>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Навбатро бекор ё иваз кунед</translation>
    </message>
</context>
<context>
    <name>BookingTimes</name>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Вақтро интихоб кунед</translation>
    </message>
    <message>
        <source>Places left: %1</source>
        <translation>Ҷойҳои холӣ: %1</translation>
    </message>
    <message>
        <source>ask at the office</source>
        <translation>аз идора пурсед</translation>
    </message>
    <message>
        <source>full</source>
        <translation>ҷой нест</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose your country of work</source>
        <translation>Кишвари кори худро интихоб кунед</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Ҳар кишвар / Ҳоло намедонам</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
</context>
<context>
    <name>DeskOutcome</name>
    <message>
        <source>Checked in</source>
        <translation>Омадан қайд шуд</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Аллакай қайд шудааст</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Навбат бекор шудааст</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Рӯзи дигар</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Ҷои дигар</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Ҳамчун наомада қайд шудааст</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Ёфт нашуд</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Киоски номаълум</translation>
    </message>
    <message>
        <source>Not a genuine receipt</source>
        <translation>Талон ҳақиқӣ нест</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-и ин дастгоҳ</translation>
    </message>
    <message>
        <source>%1, on another device</source>
        <translation>%1, дар дастгоҳи дигар</translation>
    </message>
    <message>
        <source>Found by the reference typed: no QR code was checked.</source>
        <translation>Аз рӯи рақами воридшуда ёфт шуд: QR-код санҷида нашуд.</translation>
    </message>
    <message>
        <source>Booked at a kiosk while it was offline: added to the list.</source>
        <translation>Навбат дар киоски бе алоқа гирифта шудааст: ба рӯйхат илова шуд.</translation>
    </message>
    <message>
        <source>Checked in at %1 by %2</source>
        <translation>Соати %1 қайд шудааст (%2)</translation>
    </message>
    <message>
        <source>Marked as a no-show at %1 by %2: undo that first</source>
        <translation>Соати %1 ҳамчун наомада қайд шудааст (%2): аввал инро бекор кунед</translation>
    </message>
    <message>
        <source>This booking was cancelled: there is no visit to record.</source>
        <translation>Ин навбат бекор шудааст: ташрифе барои қайд нест.</translation>
    </message>
    <message>
        <source>This booking is for %1.</source>
        <translation>Ин навбат барои %1 аст.</translation>
    </message>
    <message>
        <source>This booking is at %1.</source>
        <translation>Ин навбат ба ҷои дигар аст: %1.</translation>
    </message>
    <message>
        <source>No booking with this reference is on this device&apos;s lists.</source>
        <translation>Дар рӯйхатҳои ин дастгоҳ навбат бо чунин рақам нест.</translation>
    </message>
    <message>
        <source>The receipt comes from kiosk %1, which this device does not know yet. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>Талонро киоски %1 додааст, ки ин дастгоҳ онро ҳоло намешиносад. Ҳуҷҷатҳои шахсро санҷед ё ӯро аз рӯйхат бо ном ёбед.</translation>
    </message>
    <message>
        <source>The QR code is damaged, altered or not one of our receipts. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>QR-код вайрон ё тағйир дода шудааст ё ин талони мо нест. Ҳуҷҷатҳои шахсро санҷед ё ӯро аз рӯйхат бо ном ёбед.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Рақам: %1</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Шахси навбатӣ</translation>
    </message>
</context>
<context>
    <name>DeskRow</name>
    <message>
        <source>Walk-in</source>
        <translation>Навбат дар ҷой</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-и ин дастгоҳ</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, on another device</source>
        <translation>%1, %2, дар дастгоҳи дигар</translation>
    </message>
    <message>
        <source>(no name on the list)</source>
        <translation>(дар рӯйхат ном нест)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Омаданро қайд кардан</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Хизмат расонида шуд</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Наомад</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Бекор кардан (%1 с)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Аз нав чоп кардан</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Staff desk</source>
        <translation>Мизи корманд</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Навбат гирифтаанд</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Омаданд</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Хизмат расонида шуд</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Наомаданд</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор карда шуд</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Навбат дар ҷой</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <translation>Ин навбат бекор шудааст.</translation>
    </message>
    <message>
        <source>That visit is already finished: undo it first.</source>
        <translation>Ин ташриф аллакай анҷом ёфтааст: аввал қайдро бекор кунед.</translation>
    </message>
    <message>
        <source>That person is already checked in.</source>
        <translation>Ин шахс аллакай қайд шудааст.</translation>
    </message>
    <message>
        <source>Check the person in first.</source>
        <translation>Аввал омаданашро қайд кунед.</translation>
    </message>
    <message>
        <source>Too late to undo: the time for it is over.</source>
        <translation>Барои бекор кардан дер шуд: вақт гузашт.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Чизе барои бекор кардан нест.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that.</source>
        <translation>Инро танҳо корманди калон карда метавонад.</translation>
    </message>
    <message>
        <source>That booking is not on this list.</source>
        <translation>Ин навбат дар ин рӯйхат нест.</translation>
    </message>
    <message>
        <source>This receipt cannot be printed here: the list does not have the name.</source>
        <translation>Ин талонро дар ин ҷо чоп кардан мумкин нест: дар рӯйхат ном нест.</translation>
    </message>
    <message>
        <source>That did not work. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Нашуд. Бори дигар кӯшиш кунед; агар боз нашавад, ба корманди калон гӯед.</translation>
    </message>
    <message>
        <source>Marked as served: %1</source>
        <translation>Ҳамчун хизматрасонидашуда қайд шуд: %1</translation>
    </message>
    <message>
        <source>Marked as a no-show: %1</source>
        <translation>Ҳамчун наомада қайд шуд: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Омадан қайд шуд: %1</translation>
    </message>
    <message>
        <source>Signing out in %1 s for want of a tap. Tap anywhere to stay.</source>
        <translation>Баъд аз %1 сония мебароед: муддате ба экран даст нарасонданд. Барои мондан ба экран даст расонед.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Ворид шуд: %1</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-и ин дастгоҳ</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type its reference and press Enter.</source>
        <translation>QR-коди талонро скан кунед ё рақами онро ворид карда, Enter-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Бекор кардан (%1 с)</translation>
    </message>
    <message>
        <source>Receipt printed again</source>
        <translation>Талон аз нав чоп мешавад</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Қайд кардан</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Рӯзи пеш</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Рӯзи баъд</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Имрӯз</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Навбат дар ҷой</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Ҷамъбасти рӯз</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Менюи кормандон</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Баромадан</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Аз речаи корманд баромадан</translation>
    </message>
    <message>
        <source>List from the centre: %1</source>
        <translation>Рӯйхат аз марказ: %1</translation>
    </message>
    <message>
        <source>This device has no list from the centre for this day: only what was done here shows.</source>
        <translation>Дар ин дастгоҳ барои ин рӯз рӯйхат аз марказ нест: танҳо он чи дар ин ҷо карда шуд, намоён аст.</translation>
    </message>
    <message>
        <source>Find by reference, name or phone:</source>
        <translation>Ёфтан аз рӯи рақам, ном ё телефон:</translation>
    </message>
    <message>
        <source>Nobody is on this list.</source>
        <translation>Дар ин рӯйхат ҳеҷ кас нест.</translation>
    </message>
    <message>
        <source>Nobody on the list matches.</source>
        <translation>Дар рӯйхат касе мувофиқ нест.</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вуруд барои кормандон</translation>
    </message>
    <message>
        <source>Tap your name, or scan your staff badge.</source>
        <translation>Ба номи худ пахш кунед ё корти кормандро скан кунед.</translation>
    </message>
    <message>
        <source>Scan your staff badge here.</source>
        <translation>Корти кормандро дар ин ҷо скан кунед.</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries. Seconds until the next try: %1</source>
        <translation>Аз сабаби кӯшишҳои нодурусти зиёд қулф шуд. Сонияҳои боқимонда то кӯшиши навбатӣ: %1</translation>
    </message>
    <message>
        <source>This badge was not accepted. Tries left before it locks: %1</source>
        <translation>Корт қабул нашуд. Кӯшишҳои боқимонда то қулф шудан: %1</translation>
    </message>
    <message>
        <source>This badge cannot sign in on this device.</source>
        <translation>Бо ин корт ба ин дастгоҳ ворид шудан мумкин нест.</translation>
    </message>
    <message>
        <source>That is not a staff badge. To check someone in, sign in first.</source>
        <translation>Ин корти корманд нест. Барои қайди омадан, аввал ворид шавед.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Ҳеҷ як аз ҷойҳои шумо ба ин дастгоҳ ҳоло маълум нест. Ба корманди калон муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Ҳоло ворид шудан мумкин нест. Каме баъд бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>This device&apos;s PIN</source>
        <translation>PIN-и ин дастгоҳ</translation>
    </message>
</context>
<context>
    <name>DeskSummary</name>
    <message>
        <source>Day summary</source>
        <translation>Ҷамъбасти рӯз</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Ҷамъбаст чоп шуда истодааст…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Захира шуда истодааст…</translation>
    </message>
    <message>
        <source>The summary could not be printed: see the printer&apos;s state in the staff menu.</source>
        <translation>Ҷамъбастро чоп кардан муяссар нашуд: ҳолати принтерро дар менюи кормандон бинед.</translation>
    </message>
    <message>
        <source>The summary could not be saved: the disk may be full.</source>
        <translation>Ҷамъбастро захира кардан муяссар нашуд: шояд диск пур бошад.</translation>
    </message>
    <message>
        <source>The summary is printed.</source>
        <translation>Ҷамъбаст чоп шуд.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Захира шуд: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Чоп кардан</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Захираи PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Содироти CSV</translation>
    </message>
    <message>
        <source>Saved to the folder %1</source>
        <translation>Ба ҷузвдони %1 захира мешавад</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>Walk-in</source>
        <translation>Навбат дар ҷой</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as in the passport, at least two letters.</source>
        <translation>Номи шахсро мисли шиноснома ворид кунед, ақаллан ду ҳарф.</translation>
    </message>
    <message>
        <source>That phone number is not complete: type it with the country code, or leave it empty.</source>
        <translation>Рақами телефон пурра нест: онро бо коди кишвар ворид кунед ё холӣ гузоред.</translation>
    </message>
    <message>
        <source>That time has just filled up. Choose another time.</source>
        <translation>Ин вақт ҳозир пур шуд. Вақти дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>This device has no place left at that time while the centre does not answer. Choose another time.</source>
        <translation>То марказ ҷавоб надиҳад, дар ин дастгоҳ барои ин вақт ҷои холӣ нест. Вақти дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>This person already has a booking for this service that day.</source>
        <translation>Ин шахс барои ин хизмат дар он рӯз аллакай навбат дорад.</translation>
    </message>
    <message>
        <source>That time can no longer be booked. Choose another time.</source>
        <translation>Ба ин вақт дигар навбат гирифтан мумкин нест. Вақти дигарро интихоб кунед.</translation>
    </message>
    <message>
        <source>The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Навбат дар ҷой сабт нашуд. Бори дигар кӯшиш кунед; агар боз нашавад, ба корманди калон гӯед.</translation>
    </message>
    <message>
        <source>No time is left today at this place.</source>
        <translation>Имрӯз дар ин ҷо вақти холӣ намондааст.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Вақт</translation>
    </message>
    <message>
        <source>Name, as in the passport</source>
        <translation>Ном, мисли шиноснома</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Навбат сабт мешавад…</translation>
    </message>
    <message>
        <source>Book, check in and print</source>
        <translation>Навбат гирифтан, қайд кардан ва чоп кардан</translation>
    </message>
    <message>
        <source>Booked and checked in: %1, %2</source>
        <translation>Навбат гирифта ва қайд шуд: %1, %2</translation>
    </message>
    <message>
        <source>Another walk-in</source>
        <translation>Боз як навбат дар ҷой</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Тарзи истифодаи ин киоск</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Барои иваз кардани забон, тугмаи забонро дар боло пахш кунед.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Барои калон кардани матн, тугмаи «Матн»-ро дар боло пахш кунед.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Барои матни сафед дар заминаи сиёҳ, тугмаи «Контраст»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Барои шунидани матни экран бо овоз, тугмаи «Шунидан»-ро пахш кунед.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>Тугмаи «Бозгашт» як қадам ба қафо мебарад. Тугмаи «Асосӣ» ба аввал мебарад.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Агар муддате касе ба экран даст нарасонад, киоск мепурсад, ки оё ба шумо боз вақт лозим аст. Баъд ҳар чизеро, ки шумо ворид кардед, пок мекунад, то шахси навбатӣ онро набинад.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Истифодаи ин киоск ройгон аст. Ҳеҷ кас ҳақ надорад барои истифодаи он аз шумо пул талаб кунад.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Мо ба шумо чӣ тавр кӯмак карда метавонем?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқҳои худро донед</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Муҳоҷирати бехатар ва ҳуқуқҳои шумо дар хориҷа — бо забони шумо</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентиро санҷед</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Оё ин агентии бакорандозӣ иҷозатнома дорад?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Ба қабул навбат гиред</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Навбат ба маркази раводид ва идораи муҳоҷират</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Кӯмак</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Тарзи истифодаи ин киоск</translation>
    </message>
    <message>
        <source>Information updated: %1</source>
        <translation>Маълумот нав шуд: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Алоқа ҳаст</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Алоқа нест</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Ин киоски озмоишӣ аст: маълумоти ин ҷо танҳо барои намуна аст, воқеӣ нест.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Ба шумо боз вақт лозим аст?</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>сония монд</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Вақте ки шумориш ба сифр мерасад, ҳар чизе, ки шумо ворид кардед, пок мешавад ва киоск аз нав оғоз мешавад.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Ба ман боз вақт лозим аст</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Забонро интихоб кунед</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Шунидан: овози тоҷикӣ ҳоло нест, бинобар ин матни тоҷикиро овози форсӣ мехонад.</translation>
    </message>
    <message>
        <source>This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.</source>
        <translation>Ҳоло ин киоск ҳеҷ чизро захира карда наметавонад, бинобар ин навбат ва шикоятҳоро қабул намекунад. Хондан ва агентиҳоро санҷидан мумкин аст. Барои гирифтани навбат ё додани шикоят ба корманд ё киоски дигар муроҷиат кунед.</translation>
    </message>
</context>
<context>
    <name>OfflineNote</name>
    <message>
        <source>Offline: only bookings made at this kiosk can be found here.</source>
        <translation>Алоқа нест: дар ин ҷо танҳо навбатҳоеро ёфтан мумкин аст, ки дар ҳамин киоск гирифта шудаанд.</translation>
    </message>
    <message>
        <source>Offline: you see only the places this kiosk can book by itself. More may be free at the office.</source>
        <translation>Алоқа нест: дар ин ҷо танҳо ҷойҳое нишон дода шудаанд, ки ин киоск худаш ба онҳо навбат дода метавонад. Дар идора шояд ҷойҳои холӣ бештар бошанд.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Таваққуф</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Идома додан</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Шунидан</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Бас кардан</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Бо худ гиред: камераи телефонро ба ин рамз равона кунед, ин саҳифа дар телефони шумо кушода мешавад.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Навсозӣ шуд: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Сарчашмаҳо: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Ин фоиданок буд?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Ташаккур барои ҷавоб.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Не</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Printing the receipt…</source>
        <translation>Талон чоп шуда истодааст…</translation>
    </message>
    <message>
        <source>The receipt is printed.</source>
        <translation>Талон чоп шуд.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. The person can take a photo of the reference and the QR code.</source>
        <translation>Талонро чоп кардан муяссар нашуд. Шахс метавонад аз рақам ва QR-код акс гирад.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Пӯшидан</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Аз агентӣ шикоят кунед</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Пеш аз додани кор ё раводид пул талаб карданд</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Шиноснома ё ҳуҷҷатҳои маро гирифтанд ё пас надоданд</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Чунин кор ё корфармо вуҷуд надошт</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Маро бо раводиди сайёҳӣ ё донишҷӯӣ ба кор фиристоданд</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Кор ё музд он тавре, ки ваъда дода буданд, набуд</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Иҷозатнома ё шартномаро нишон додан нахостанд</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Чизи дигар</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Кадом агентӣ?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Чӣ шуд?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Бо шумо чӣ тавр тамос гирем? (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Шикоят фиристода шуд</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Рақами телефон ё e-mail-ро танҳо дар он сурат гузоред, ки мехоҳед мақоми баррасикунандаи шикоятҳо бо шумо тамос гирад. Шикоятро бе он ҳам фиристода метавонед.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Шикояти шумо нигоҳ дошта шуд. Рақами он: %1. Онро нависед ё аксашро гиред.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Қадами %1 аз 3</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Номи агентӣ</translation>
    </message>
    <message>
        <source>Write the agency&apos;s name to go on.</source>
        <translation>Барои идома додан номи агентиро нависед.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Баъдӣ</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Бо суханони худ (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Choose what happened, or write it in your own words, to go on.</source>
        <translation>Барои идома додан интихоб кунед, ки чӣ шуд, ё бо суханони худ нависед.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Қадами пешина</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Телефон ё e-mail (ихтиёрӣ)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Бе маълумоти тамос фиристед</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Шикоятро фиристед</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Шикояти шумо нигоҳ дошта мешавад…</translation>
    </message>
    <message>
        <source>This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.</source>
        <translation>Ҳоло ин киоск шикоятҳоро захира карда наметавонад, бинобар ин шикояти шумо захира нашуд. Ба корманд ё киоски дигар муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Шикояти шуморо нигоҳ доштан муяссар нашуд. Лутфан, бори дигар кӯшиш кунед ё аз корманд кӯмак пурсед.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Вақте ки ин киоск ба интернет пайваст шавад, шикоят ба мақоме, ки шикоятҳоро баррасӣ мекунад, фиристода мешавад. Ташаккур: шикояти шумо дигаронро ҳимоя мекунад.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Бори дигар кӯшиш кунед</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Тайёр</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. These topics may help:</source>
        <translation>Барои «%1» ҳеҷ чиз ёфт нашуд. Ин мавзӯъҳо метавонанд кӯмак кунанд:</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Калимаеро нависед, масалан: шиноснома.</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Натиҷаҳо барои %1 нишон дода мешаванд</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Менюи кормандон</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Диққат: дар ин киоск PIN-и озмоишӣ гузошта шудааст. Пеш аз кушодани киоск барои мардум PIN-и кормандонро гузоред.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Клавиатураи экраниро санҷед:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Чопи саҳифаи санҷишӣ</translation>
    </message>
    <message>
        <source>Print a receipt again:</source>
        <translation>Талонро аз нав чоп кардан:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Ҳозир ҳамоҳанг кардан</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a central service: it works on the data it has.</source>
        <translation>Ин киоск ба хадамоти марказӣ пайваст нашудааст: он бо маълумоти худ кор мекунад.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Қулф кардан ва баромадан</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Бастани барномаи киоск</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Танҳо барои кормандон</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>PIN-и кормандро ворид кунед.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>PIN-и худро ворид кунед.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before it locks: %1</source>
        <translation>PIN нодуруст. Кӯшишҳои боқимонда то қулф шудан: %1</translation>
    </message>
    <message>
        <source>This name cannot sign in on this device.</source>
        <translation>Бо ин ном ба ин дастгоҳ ворид шудан мумкин нест.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Ҳеҷ як аз ҷойҳои шумо ба ин дастгоҳ ҳоло маълум нест. Ба корманди калон муроҷиат кунед.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Ҳоло ворид шудан мумкин нест. Каме баъд бори дигар кӯшиш кунед.</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Аз сабаби PIN-ҳои нодурусти зиёд қулф шуд. Сонияҳои боқимонда то кӯшиши навбатӣ: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Пок кардан</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>PIN ақаллан аз 4 рақам иборат аст.</translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <source>Checked in</source>
        <translation>Омад</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Хизмат расонида шуд</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Наомад</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор шудааст</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Интизор</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step %1 of 6</source>
        <translation>Қадами %1 аз 6</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Бозгашт</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Асосӣ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Матн</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Бас кардан</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Шунидан</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқҳои худро донед</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Мавзӯъро интихоб кунед.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Ҷустуҷӯ</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентиро санҷед</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (то %2)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Иҷозатнома то %1 эътибор дорад.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>иҷозатнома дода шуд</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>иҷозатнома боздошта шуд</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>иҷозатнома бекор карда шуд</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>мӯҳлати иҷозатнома гузашт</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>додани иҷозатнома рад карда шуд</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Иҷозатнома дорад ва метавонад ба ин кишварҳо ба кор фиристад: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Иҷозатнома дорад, аммо дар феҳрист нишон дода нашудааст, ки агентӣ ба кадом кишварҳо ба кор фиристода метавонад.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>Барои %1 иҷозатнома надорад.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Ин агентӣ танҳо ба ин кишварҳо ба кор фиристода метавонад: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>Дар феҳрист нишон дода нашудааст, ки агентӣ ба кадом кишварҳо ба кор фиристода метавонад.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>Иҷозатнома НАДОРАД: иҷозатнома аз %1 боздошта шудааст.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>Иҷозатнома НАДОРАД: иҷозатнома санаи %1 бекор карда шудааст.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>Иҷозатнома НАДОРАД: мӯҳлати иҷозатнома санаи %1 ба охир расидааст.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>Иҷозатнома НАДОРАД: аризаи он санаи %1 рад карда шудааст.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>Ба ҳолати %1 дар феҳрист ёфт нашуд. Пул надиҳед. Аз он шикоят кунед.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Бо вуҷуди ин: пеш аз пардохт шартномаи хаттӣ гиред ва ҳеҷ гоҳ шиносномаи худро ба касе надиҳед.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Барои кор дар ин кишвар ба он пул надиҳед.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Ин агентӣ ҳақ надорад шуморо ба кор фиристад. Ба он пул надиҳед ва шиносномаи худро ба он надиҳед.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Маълумоти феҳрист ба ҳолати %1.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Феҳрист бор нашудааст.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Ин маълумот аз %1 рӯз пеш аст, бинобар ин ҷавоб метавонад кӯҳна бошад. Пеш аз он ки ба касе пул диҳед, аз мақоми иҷозатдиҳанда пурсед.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>Агентии ТАХАЙЮЛӢ барои намуна: маълумоти озмоишӣ, ширкати воқеӣ нест.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Шумо ҷустед: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Номҳои дигар</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Рақами иҷозатнома</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Мақоми иҷозатдиҳанда</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Суроға</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Филиалҳо</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сомона</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Таърихи вазъият</translation>
    </message>
    <message>
        <source>Choose your country of work</source>
        <translation>Кишвари кори худро интихоб кунед</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Кишвари кор: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Аз ин агентӣ шикоят кунед</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Агентии дигарро санҷед</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>ИҶОЗАТНОМА ДОРАД</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>ИҶОЗАТНОМА НАДОРАД</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>Барои %1 ИҶОЗАТНОМА НАДОРАД</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>Дар феҳрист ЁФТ НАШУД</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Маълумот барои муҳоҷирон</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Барои оғоз ин ҷоро пахш кунед</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Хуш омадед</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Ҳуқуқҳои худро донед. Агентиро санҷед. Ба қабул навбат гиред.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Ин киоски озмоишӣ аст: маълумоти ин ҷо танҳо барои намуна аст, воқеӣ нест.</translation>
    </message>
</context>
</TS>
