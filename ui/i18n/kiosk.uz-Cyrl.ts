<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uz_Cyrl">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Country of work: any country</source>
        <translation>Ишлайдиган мамлакат: исталган мамлакат</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Ишлайдиган мамлакат: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реэстр юкланмаган.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реэстр маълумотлари %1 ҳолатига кўра.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бу маълумотлар %1 кун олдинги, шунинг учун жавоб эскирган бўлиши мумкин. Кимгадир пул тўлашдан олдин лицензия берувчи органдан сўранг.</translation>
    </message>
    <message>
        <source>Type the agency's name or its licence number.</source>
        <translation>Агентлик номини ёки унинг лицензия рақамини ёзинг.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Реэстрда бундай номли агентлик йўқ.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Агентлик номи ёки лицензия рақами</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Бу синов киоски: бу ердаги барча агентликлар ТЎҚИМА, фақат намуна учун.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Агентлик бу рўйхатда йўқ</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Кунни танланг</translation>
    </message>
    <message>
        <source>Days with places left: %1</source>
        <translation>Бўш жойлар бор кунлар: %1</translation>
    </message>
    <message>
        <source>No places left this month.</source>
        <translation>Бу ойда бўш жойлар йўқ.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Олдинги ой</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Кейинги ой</translation>
    </message>
    <message>
        <source>The number under a day is how many places are left.</source>
        <translation>Кун остидаги сон — нечта бўш жой қолганини билдиради.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>жой йўқ</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Исмингиз</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (ихтиёрий)</translation>
    </message>
    <message>
        <source>Last 4 digits of your passport (optional)</source>
        <translation>Паспортингизнинг охирги 4 рақами (ихтиёрий)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Маълумотларингиз</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Илтимос, исмингизни ёзинг.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and a + at the start.</source>
        <translation>Телефон рақамида фақат рақамлар, бўшлиқлар ва бошида + белгиси бўлади.</translation>
    </message>
    <message>
        <source>Write exactly the last 4 digits of your passport, or leave it empty.</source>
        <translation>Паспортингизнинг айнан охирги 4 рақамини ёзинг ёки бу жойни бўш қолдиринг.</translation>
    </message>
    <message>
        <source>Write your name to go on.</source>
        <translation>Давом этиш учун исмингизни ёзинг.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кейинги</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your booking is saved</source>
        <translation>Сиз қабулга ёзилдингиз</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Талонигиз чоп этилмоқда…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Талонигизни экран остидаги принтердан олинг.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.</source>
        <translation>Талонни чоп этиб бўлмади. Илтимос, бу экранни суратга олинг: рақам ва ҚР-код — сизнинг талонингиз. Ходимларга хабар берилди.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Ёзилиш рақамингиз: %1.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Ёзилиш рақамингиз</translation>
    </message>
    <message>
        <source>Bring these documents:</source>
        <translation>Бу ҳужжатларни ўзингиз билан олиб келинг:</translation>
    </message>
    <message>
        <source>To cancel or change it, choose "Book an appointment" on any kiosk, then "Cancel or change a booking", and type this reference.</source>
        <translation>Ёзилишни бекор қилиш ёки ўзгартириш учун исталган киоскда «Қабулга ёзилиш», кейин «Ёзилишни бекор қилиш ёки ўзгартириш» тугмасини танланг ва шу рақамни ёзинг.</translation>
    </message>
    <message>
        <source>Listen to the receipt</source>
        <translation>Талонни тинглаш</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Қайта чоп этиш</translation>
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
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Қаерда?</translation>
    </message>
    <message>
        <source>No office offers this service in the coming weeks. Please ask staff.</source>
        <translation>Яқин ҳафталарда бу хизматни ҳеч бир идора кўрсатмайди. Илтимос, ходимга мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Mobile office in %1.</source>
        <translation>Кўчма идора: %1.</translation>
    </message>
    <message>
        <source>Next visit: %1.</source>
        <translation>Кейинги ташриф: %1.</translation>
    </message>
    <message>
        <source>No visit planned yet.</source>
        <translation>Ташриф ҳали режалаштирилмаган.</translation>
    </message>
    <message>
        <source>First day with places left: %1.</source>
        <translation>Бўш жойлар бор биринчи кун: %1.</translation>
    </message>
    <message>
        <source>Visiting soon</source>
        <translation>Тез орада келади</translation>
    </message>
</context>
<context>
    <name>BookingManage</name>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Ёзилишни бекор қилиш ёки ўзгартириш</translation>
    </message>
    <message>
        <source>This reference is not right: please check each character.</source>
        <translation>Бу рақам нотўғри: ҳар бир белгини текширинг.</translation>
    </message>
    <message>
        <source>No booking matches this reference and name.</source>
        <translation>Бундай рақам ва исм билан ёзилиш топилмади.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Алоқа йўқ: бу киоск фақат шу ерда қилинган ёзилишларни топа олади. Кейинроқ қайта уриниб кўринг ёки идорадан сўранг.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again or ask staff for help.</source>
        <translation>Нимадир хато кетди. Илтимос, қайтадан уриниб кўринг ёки ходимдан ёрдам сўранг.</translation>
    </message>
    <message>
        <source>Type the reference from your receipt, and your name or the last 4 digits of your passport.</source>
        <translation>Талондаги рақамни ва исмингизни ёки паспортингизнинг охирги 4 рақамини ёзинг.</translation>
    </message>
    <message>
        <source>Your name or the last 4 digits of your passport</source>
        <translation>Исмингиз ёки паспортингизнинг охирги 4 рақами</translation>
    </message>
    <message>
        <source>Write the reference and your name or the 4 digits to go on.</source>
        <translation>Давом этиш учун ёзилиш рақамини ва исмингизни ёки паспортингизнинг охирги 4 рақамини ёзинг.</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Ёзилишимни топиш</translation>
    </message>
    <message>
        <source>This booking is cancelled.</source>
        <translation>Бу ёзилиш бекор қилинган.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Вақтни ўзгартириш</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Ҳа, бекор қилиш</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Ёзилишни бекор қилиш</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Хизмат</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Қабул жойи</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Сана ва вақт</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Исм</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Passport, last 4 digits</source>
        <translation>Паспорт, охирги 4 рақами</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Бу вақтдаги охирги жойни ҳозиргина бошқа одам эгаллаб олди. Илтимос, бошқа вақтни танланг.</translation>
    </message>
    <message>
        <source>This kiosk cannot book this time while offline. Choose another time, or book at the office.</source>
        <translation>Алоқа йўқлигида бу киоскда бу вақтга ёзилиб бўлмайди. Бошқа вақтни танланг ёки идорада ёзилинг.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Алоқа йўқ: бу киоск фақат шу ерда қилинган ёзилишларни топа олади. Кейинроқ қайта уриниб кўринг ёки идорадан сўранг.</translation>
    </message>
    <message>
        <source>You already have a booking for this service on this day.</source>
        <translation>Сиз бу кунга бу хизмат учун аллақачон ёзилгансиз.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>Бу вақтга энди ёзилиб бўлмайди. Илтимос, бошқа вақтни танланг.</translation>
    </message>
    <message>
        <source>The booking could not be saved. Please try again or ask staff for help.</source>
        <translation>Ёзилишни сақлаб бўлмади. Илтимос, қайтадан уриниб кўринг ёки ходимдан ёрдам сўранг.</translation>
    </message>
    <message>
        <source>This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.</source>
        <translation>Ҳозир бу киоск ёзилишларни сақлай олмайди, шунинг учун сиз қабулга ёзилмадингиз. Ходимга ёки бошқа киоскка мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Ёзилишингизни текширинг</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Бошқа вақтни танлаш</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Ёзилмоқда…</translation>
    </message>
    <message>
        <source>Change to this time</source>
        <translation>Шу вақтга ўтказиш</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Ёзилишни тасдиқлаш</translation>
    </message>
</context>
<context>
    <name>BookingServices</name>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>Қайси хизматга ёзиласиз?</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>та вариант</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Тахминан %1 дақиқа</translation>
    </message>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Ёзилишни бекор қилиш ёки ўзгартириш</translation>
    </message>
</context>
<context>
    <name>BookingTimes</name>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Вақтни танланг</translation>
    </message>
    <message>
        <source>Places left: %1</source>
        <translation>Бўш жойлар: %1</translation>
    </message>
    <message>
        <source>ask at the office</source>
        <translation>идорадан сўранг</translation>
    </message>
    <message>
        <source>full</source>
        <translation>жой йўқ</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose your country of work</source>
        <translation>Ишлайдиган мамлакатингизни танланг</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Исталган мамлакат / Ҳали билмайман</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
</context>
<context>
    <name>DeskOutcome</name>
    <message>
        <source>Checked in</source>
        <translation>Келгани белгиланди</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Аллақачон белгиланган</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Ёзилиш бекор қилинган</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Бошқа кун</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Бошқа жой</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Келмади деб белгиланган</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Топилмади</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Номаълум киоск</translation>
    </message>
    <message>
        <source>Not a genuine receipt</source>
        <translation>Талон ҳақиқий эмас</translation>
    </message>
    <message>
        <source>this device's PIN</source>
        <translation>бу қурилманинг ПИН-коди</translation>
    </message>
    <message>
        <source>%1, on another device</source>
        <translation>%1, бошқа қурилмада</translation>
    </message>
    <message>
        <source>Found by the reference typed: no QR code was checked.</source>
        <translation>Киритилган рақам бўйича топилди: ҚР-код текширилмади.</translation>
    </message>
    <message>
        <source>Booked at a kiosk while it was offline: added to the list.</source>
        <translation>Алоқасиз киоскда ёзилган: рўйхатга қўшилди.</translation>
    </message>
    <message>
        <source>Checked in at %1 by %2</source>
        <translation>%1 да белгиланган (%2)</translation>
    </message>
    <message>
        <source>Marked as a no-show at %1 by %2: undo that first</source>
        <translation>%1 да келмади деб белгиланган (%2): аввал буни бекор қилинг</translation>
    </message>
    <message>
        <source>This booking was cancelled: there is no visit to record.</source>
        <translation>Бу ёзилиш бекор қилинган: белгиланадиган ташриф йўқ.</translation>
    </message>
    <message>
        <source>This booking is for %1.</source>
        <translation>Бу ёзилиш %1 учун.</translation>
    </message>
    <message>
        <source>This booking is at %1.</source>
        <translation>Бу ёзилиш бошқа жойга: %1.</translation>
    </message>
    <message>
        <source>No booking with this reference is on this device's lists.</source>
        <translation>Бу қурилма рўйхатларида бундай рақамли ёзилиш йўқ.</translation>
    </message>
    <message>
        <source>The receipt comes from kiosk %1, which this device does not know yet. Check the person's documents, or find them on the list by name.</source>
        <translation>Талонни %1 киоски берган, бу қурилма уни ҳали танимайди. Одамнинг ҳужжатларини текширинг ёки уни рўйхатдан исми бўйича топинг.</translation>
    </message>
    <message>
        <source>The QR code is damaged, altered or not one of our receipts. Check the person's documents, or find them on the list by name.</source>
        <translation>ҚР-код шикастланган, ўзгартирилган ёки бу бизнинг талон эмас. Одамнинг ҳужжатларини текширинг ёки уни рўйхатдан исми бўйича топинг.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Рақам: %1</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Кейинги одам</translation>
    </message>
</context>
<context>
    <name>DeskRow</name>
    <message>
        <source>Walk-in</source>
        <translation>Жойида ёзилиш</translation>
    </message>
    <message>
        <source>this device's PIN</source>
        <translation>бу қурилманинг ПИН-коди</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, on another device</source>
        <translation>%1, %2, бошқа қурилмада</translation>
    </message>
    <message>
        <source>(no name on the list)</source>
        <translation>(рўйхатда исм йўқ)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Келганини белгилаш</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Хизмат кўрсатилди</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Келмади</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Бекор қилиш (%1 с)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Қайта чоп этиш</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Staff desk</source>
        <translation>Ходим столи</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Ёзилганлар</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Келди</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Хизмат кўрсатилди</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Келмади</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор қилинди</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Жойида ёзилганлар</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <translation>Бу ёзилиш бекор қилинган.</translation>
    </message>
    <message>
        <source>That visit is already finished: undo it first.</source>
        <translation>Бу ташриф аллақачон якунланган: аввал белгини бекор қилинг.</translation>
    </message>
    <message>
        <source>That person is already checked in.</source>
        <translation>Бу одам аллақачон белгиланган.</translation>
    </message>
    <message>
        <source>Check the person in first.</source>
        <translation>Аввал келганини белгиланг.</translation>
    </message>
    <message>
        <source>Too late to undo: the time for it is over.</source>
        <translation>Бекор қилишга кеч: вақт тугади.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Бекор қиладиган нарса йўқ.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that.</source>
        <translation>Буни фақат катта ходим қила олади.</translation>
    </message>
    <message>
        <source>That booking is not on this list.</source>
        <translation>Бу ёзилиш бу рўйхатда йўқ.</translation>
    </message>
    <message>
        <source>This receipt cannot be printed here: the list does not have the name.</source>
        <translation>Бу талонни бу ерда чоп этиб бўлмайди: рўйхатда исм йўқ.</translation>
    </message>
    <message>
        <source>That did not work. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Бўлмади. Қайта уриниб кўринг; яна бўлмаса, катта ходимга айтинг.</translation>
    </message>
    <message>
        <source>Marked as served: %1</source>
        <translation>Хизмат кўрсатилди деб белгиланди: %1</translation>
    </message>
    <message>
        <source>Marked as a no-show: %1</source>
        <translation>Келмади деб белгиланди: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Келгани белгиланди: %1</translation>
    </message>
    <message>
        <source>Signing out in %1 s for want of a tap. Tap anywhere to stay.</source>
        <translation>%1 сониядан кейин чиқилади: экранга узоқ тегилмади. Қолиш учун экранга тегинг.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Кирилди: %1</translation>
    </message>
    <message>
        <source>this device's PIN</source>
        <translation>бу қурилманинг ПИН-коди</translation>
    </message>
    <message>
        <source>Scan the receipt's QR code, or type its reference and press Enter.</source>
        <translation>Талондаги ҚР-кодни сканерланг ёки унинг рақамини киритинг ва Энтер тугмасини босинг.</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Бекор қилиш (%1 с)</translation>
    </message>
    <message>
        <source>Receipt printed again</source>
        <translation>Талон қайта чоп этилмоқда</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Белгилаш</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Олдинги кун</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Кейинги кун</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бугун</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Жойида ёзилиш</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Кун якуни</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Ходимлар менюси</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Чиқиш</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Ходим режимидан чиқиш</translation>
    </message>
    <message>
        <source>List from the centre: %1</source>
        <translation>Марказдан рўйхат: %1</translation>
    </message>
    <message>
        <source>This device has no list from the centre for this day: only what was done here shows.</source>
        <translation>Бу қурилмада бу кун учун марказдан рўйхат йўқ: фақат шу ерда қилинган ишлар кўринади.</translation>
    </message>
    <message>
        <source>Find by reference, name or phone:</source>
        <translation>Рақам, исм ёки телефон бўйича топиш:</translation>
    </message>
    <message>
        <source>Nobody is on this list.</source>
        <translation>Бу рўйхатда ҳеч ким йўқ.</translation>
    </message>
    <message>
        <source>Nobody on the list matches.</source>
        <translation>Рўйхатда мос келадиган ҳеч ким йўқ.</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Ходимлар учун кириш</translation>
    </message>
    <message>
        <source>Tap your name, or scan your staff badge.</source>
        <translation>Исмингизга босинг ёки ходим картангизни сканерланг.</translation>
    </message>
    <message>
        <source>Scan your staff badge here.</source>
        <translation>Ходим картангизни шу ерда сканерланг.</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries. Seconds until the next try: %1</source>
        <translation>Жуда кўп нотўғри уриниш учун қулфланди. Кейинги уринишгача қолган сониялар: %1</translation>
    </message>
    <message>
        <source>This badge was not accepted. Tries left before it locks: %1</source>
        <translation>Карта қабул қилинмади. Қулфланишгача қолган уринишлар: %1</translation>
    </message>
    <message>
        <source>This badge cannot sign in on this device.</source>
        <translation>Бу карта билан бу қурилмага кириб бўлмайди.</translation>
    </message>
    <message>
        <source>That is not a staff badge. To check someone in, sign in first.</source>
        <translation>Бу ходим картаси эмас. Келганини белгилаш учун аввал киринг.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Жойларингиздан ҳеч бири бу қурилмага ҳали маълум эмас. Катта ходимга мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Ҳозир кириб бўлмайди. Бироздан кейин қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>This device's PIN</source>
        <translation>Бу қурилманинг ПИН-коди</translation>
    </message>
</context>
<context>
    <name>DeskSummary</name>
    <message>
        <source>Day summary</source>
        <translation>Кун якуни</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Якун чоп этилмоқда…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сақланмоқда…</translation>
    </message>
    <message>
        <source>The summary could not be printed: see the printer's state in the staff menu.</source>
        <translation>Якунни чоп этиб бўлмади: принтер ҳолати ходимлар менюсида.</translation>
    </message>
    <message>
        <source>The summary could not be saved: the disk may be full.</source>
        <translation>Якунни сақлаб бўлмади: диск тўлган бўлиши мумкин.</translation>
    </message>
    <message>
        <source>The summary is printed.</source>
        <translation>Якун чоп этилди.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сақланди: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Чоп этиш</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>ПДФ сақлаш</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV экспорт</translation>
    </message>
    <message>
        <source>Saved to the folder %1</source>
        <translation>%1 жилдига сақланади</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>Walk-in</source>
        <translation>Жойида ёзилиш</translation>
    </message>
    <message>
        <source>Type the person's name as in the passport, at least two letters.</source>
        <translation>Одамнинг исмини паспортдагидек киритинг, камида икки ҳарф.</translation>
    </message>
    <message>
        <source>That phone number is not complete: type it with the country code, or leave it empty.</source>
        <translation>Телефон рақами тўлиқ эмас: уни мамлакат коди билан киритинг ёки бўш қолдиринг.</translation>
    </message>
    <message>
        <source>That time has just filled up. Choose another time.</source>
        <translation>Бу вақт ҳозиргина банд бўлди. Бошқа вақтни танланг.</translation>
    </message>
    <message>
        <source>This device has no place left at that time while the centre does not answer. Choose another time.</source>
        <translation>Марказ жавоб бермаётганда бу қурилмада бу вақтга бўш жой йўқ. Бошқа вақтни танланг.</translation>
    </message>
    <message>
        <source>This person already has a booking for this service that day.</source>
        <translation>Бу одам бу кунга бу хизматга аллақачон ёзилган.</translation>
    </message>
    <message>
        <source>That time can no longer be booked. Choose another time.</source>
        <translation>Бу вақтга энди ёзилиб бўлмайди. Бошқа вақтни танланг.</translation>
    </message>
    <message>
        <source>The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Жойида ёзилиш сақланмади. Қайта уриниб кўринг; яна бўлмаса, катта ходимга айтинг.</translation>
    </message>
    <message>
        <source>No time is left today at this place.</source>
        <translation>Бугун бу жойда бўш вақт қолмади.</translation>
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
        <translation>Исм, паспортдагидек</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (ихтиёрий)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Ёзилмоқда…</translation>
    </message>
    <message>
        <source>Book, check in and print</source>
        <translation>Ёзилишни сақлаш, келганини белгилаш ва чоп этиш</translation>
    </message>
    <message>
        <source>Booked and checked in: %1, %2</source>
        <translation>Ёзилди ва белгиланди: %1, %2</translation>
    </message>
    <message>
        <source>Another walk-in</source>
        <translation>Яна бир жойида ёзилиш</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бу киоскдан қандай фойдаланиш керак</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Тилни ўзгартириш учун юқоридаги тил тугмасини босинг.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Матнни катталаштириш учун юқоридаги «Матн» тугмасини босинг.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Қора фонда оқ матн керак бўлса, «Контраст» тугмасини босинг.</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Экрандаги матнни овозда эшитиш учун «Тинглаш» тугмасини босинг.</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Орқага» тугмаси бир қадам орқага қайтаради. «Бош саҳифа» тугмаси бошига қайтаради.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Агар экранга бир муддат ҳеч ким тегмаса, киоск сиздан яна вақт керакми, деб сўрайди. Кейин кейинги одам кўрмаслиги учун сиз киритган нарсаларни ўчириб ташлайди.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Бу киоскдан фойдаланиш бепул. Ундан фойдаланганингиз учун ҳеч ким сиздан пул сўрашга ҳақли эмас.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Сизга қандай ёрдам бера оламиз?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқларингизни билинг</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Хавфсиз миграция ва чет элдаги ҳуқуқларингиз — ўз тилингизда</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Бу ишга жойлаштириш агентлигининг лицензияси борми?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Виза маркази ва миграция хизматига қабулга ёзилиш</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ёрдам</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Бу киоскдан қандай фойдаланиш керак</translation>
    </message>
    <message>
        <source>Information updated: %1</source>
        <translation>Маълумотлар янгиланган: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Алоқа бор</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Алоқа йўқ</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бу синов киоски: бу ердаги маълумотлар фақат намуна учун, улар ҳақиқий эмас.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Сизга яна вақт керакми?</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>сония қолди</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Ҳисоб нолга етганда, сиз киритган ҳамма нарса ўчирилади ва киоск қайтадан бошланади.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Менга яна вақт керак</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Тилни танланг</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Тинглаш: ҳозирча тожик овози йўқ, шунинг учун тожикча матнни форс овози ўқийди.</translation>
    </message>
    <message>
        <source>This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.</source>
        <translation>Ҳозир бу киоск ҳеч нарсани сақлай олмайди, шунинг учун қабулга ёзилиш ва шикоятларни қабул қилмайди. Ўқиш ва агентликларни текшириш мумкин. Ёзилиш ёки шикоят қилиш учун ходимга ёки бошқа киоскка мурожаат қилинг.</translation>
    </message>
</context>
<context>
    <name>OfflineNote</name>
    <message>
        <source>Offline: only bookings made at this kiosk can be found here.</source>
        <translation>Алоқа йўқ: бу ерда фақат шу киоскда қилинган ёзилишларни топиш мумкин.</translation>
    </message>
    <message>
        <source>Offline: you see only the places this kiosk can book by itself. More may be free at the office.</source>
        <translation>Алоқа йўқ: бу ерда фақат шу киоскда ҳозир ёзилиш мумкин бўлган жойлар кўрсатилган. Идорада бўш жойлар кўпроқ бўлиши мумкин.</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Давом эттириш</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Тинглаш</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тўхтатиш</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Ўзингиз билан олинг: телефон камерасини шу кодга қаратинг, бу саҳифа телефонингизда очилади.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Янгиланган: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Манбалар: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Бу фойдали бўлдими?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Жавобингиз учун раҳмат.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ҳа</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Йўқ</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Printing the receipt…</source>
        <translation>Талон чоп этилмоқда…</translation>
    </message>
    <message>
        <source>The receipt is printed.</source>
        <translation>Талон чоп этилди.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. The person can take a photo of the reference and the QR code.</source>
        <translation>Талонни чоп этиб бўлмади. Одам рақам ва ҚР-кодни суратга олиши мумкин.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Ёпиш</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Агентлик устидан шикоят қилиш</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Иш ёки виза беришдан олдин пул сўрашди</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Паспортим ёки ҳужжатларимни олиб қўйишди ёки қайтаришмади</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Бундай иш ёки иш берувчи йўқ бўлиб чиқди</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Мени туристик ёки талабалик визаси билан ишлашга юборишди</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Иш ёки маош ваъда қилинганидек бўлмади</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Лицензия ёки шартномани кўрсатишдан бош тортишди</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Бошқа нарса</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Қайси агентлик?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Нима бўлди?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Сиз билан қандай боғланамиз? (ихтиёрий)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Шикоят юборилди</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Телефон рақами ёки э-маилни фақат шикоятларни кўриб чиқувчи орган сиз билан боғланишини истасангиз қолдиринг. Шикоятни уларсиз ҳам юборишингиз мумкин.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Шикоятингиз сақланди. Унинг рақами: %1. Уни ёзиб олинг ёки суратга олинг.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>%1-қадам (3 тадан)</translation>
    </message>
    <message>
        <source>The agency's name</source>
        <translation>Агентлик номи</translation>
    </message>
    <message>
        <source>Write the agency's name to go on.</source>
        <translation>Давом этиш учун агентлик номини ёзинг.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Кейинги</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Ўз сўзларингиз билан (ихтиёрий)</translation>
    </message>
    <message>
        <source>Choose what happened, or write it in your own words, to go on.</source>
        <translation>Давом этиш учун нима бўлганини танланг ёки ўз сўзларингиз билан ёзинг.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Олдинги қадам</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Телефон ёки э-маил (ихтиёрий)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Алоқа маълумотисиз юбориш</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Шикоятни юбориш</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Шикоятингиз сақланмоқда…</translation>
    </message>
    <message>
        <source>This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.</source>
        <translation>Ҳозир бу киоск шикоятларни сақлай олмайди, шунинг учун шикоятингиз сақланмади. Ходимга ёки бошқа киоскка мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Шикоятингизни сақлаб бўлмади. Илтимос, қайтадан уриниб кўринг ёки ходимдан ёрдам сўранг.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Бу киоск интернетга уланиши биланоқ шикоят шикоятларни кўриб чиқувчи органга юборилади. Раҳмат: шикоятингиз бошқаларни ҳимоя қилади.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Қайта уриниш</translation>
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
        <translation>Қидириш</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. These topics may help:</source>
        <translation>“%1” бўйича ҳеч нарса топилмади. Бу мавзулар ёрдам бериши мумкин:</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Сўз ёзинг, масалан: паспорт.</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>%1 бўйича натижалар кўрсатилмоқда</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Ходимлар менюси</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Диққат: бу киоскда синов ПИН-коди турибди. Киоскни одамлар учун очишдан олдин ходимлар ПИН-кодини ўрнатинг.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Экрандаги клавиатурани синаб кўринг:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Синов саҳифасини чоп этиш</translation>
    </message>
    <message>
        <source>Print a receipt again:</source>
        <translation>Талонни қайта чоп этиш:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Ҳозир синхронлаш</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a central service: it works on the data it has.</source>
        <translation>Бу киоск марказий хизматга уланмаган: у ўз маълумотларида ишлайди.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Қулфлаш ва чиқиш</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Киоск дастурини ёпиш</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Фақат ходимлар учун</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Ходим ПИН-кодини киритинг.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>ПИН-кодингизни киритинг.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before it locks: %1</source>
        <translation>ПИН-код нотўғри. Қулфланишгача қолган уринишлар: %1</translation>
    </message>
    <message>
        <source>This name cannot sign in on this device.</source>
        <translation>Бу исм билан бу қурилмага кириб бўлмайди.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Жойларингиздан ҳеч бири бу қурилмага ҳали маълум эмас. Катта ходимга мурожаат қилинг.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Ҳозир кириб бўлмайди. Бироздан кейин қайта уриниб кўринг.</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Жуда кўп нотўғри ПИН-код терилгани учун қулфланди. Кейинги уринишгача қолган сониялар: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тозалаш</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>ПИН-код камида 4 та рақамдан иборат.</translation>
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
        <translation>Хизмат кўрсатилди</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Келмади</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Бекор қилинган</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Кутилмоқда</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step %1 of 6</source>
        <translation>%1-қадам (6 тадан)</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Орқага</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Бош саҳифа</translation>
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
        <translation>Тўхтатиш</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Тинглаш</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқларингизни билинг</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Мавзуни танланг.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Қидириш</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (%2 санагача)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Лицензия %1 санагача амал қилади.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>лицензия берилди</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>лицензия тўхтатилди</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>лицензия бекор қилинди</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>лицензия муддати тугади</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>лицензия бериш рад этилди</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Лицензияси бор ва қуйидаги мамлакатларга ишга юбора олади: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Лицензияси бор, лекин реэстрда агентлик қайси мамлакатларга ишга юбора олиши кўрсатилмаган.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>%1 учун лицензияси йўқ.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Бу агентлик фақат қуйидаги мамлакатларга ишга юбора олади: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>Реэстрда агентлик қайси мамлакатларга ишга юбора олиши кўрсатилмаган.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>Лицензияси ЙЎҚ: лицензия %1 кунидан бери тўхтатилган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>Лицензияси ЙЎҚ: лицензия %1 куни бекор қилинган.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>Лицензияси ЙЎҚ: лицензия муддати %1 куни тугаган.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>Лицензияси ЙЎҚ: лицензия олиш аризаси %1 куни рад этилган.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>%1 ҳолатига кўра реэстрда топилмади. Пул тўламанг. У устидан шикоят қилинг.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Шундай бўлса ҳам: пул тўлашдан олдин ёзма шартнома олинг ва паспортингизни ҳеч қачон берманг.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Бу мамлакатдаги иш учун унга пул тўламанг.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Бу агентлик сизни ишга юборишга ҳақли эмас. Унга пул тўламанг ва паспортингизни берманг.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Реэстр маълумотлари %1 ҳолатига кўра.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реэстр юкланмаган.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>Бу маълумотлар %1 кун олдинги, шунинг учун жавоб эскирган бўлиши мумкин. Кимгадир пул тўлашдан олдин лицензия берувчи органдан сўранг.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>ТЎҚИМА намунавий агентлик: бу синов маълумотлари, ҳақиқий компания эмас.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Сиз қидирган ном: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Бошқа номлари</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Лицензия рақами</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Лицензия берувчи орган</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Манзил</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Филиаллари</translation>
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
        <translation>Ҳолат тарихи</translation>
    </message>
    <message>
        <source>Choose your country of work</source>
        <translation>Ишлайдиган мамлакатингизни танланг</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Ишлайдиган мамлакат: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Бу агентлик устидан шикоят қилиш</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Бошқа агентликни текшириш</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>ЛИЦЕНЗИЯСИ БОР</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>ЛИЦЕНЗИЯСИ ЙЎҚ</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>%1 учун ЛИЦЕНЗИЯСИ ЙЎҚ</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>Реэстрда ТОПИЛМАДИ</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Мигрантлар учун маълумот</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Бошлаш учун шу ерни босинг</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Хуш келибсиз</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Ҳуқуқларингизни билинг. Агентликни текширинг. Қабулга ёзилинг.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Бу синов киоски: бу ердаги маълумотлар фақат намуна учун, улар ҳақиқий эмас.</translation>
    </message>
</context>
</TS>