<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="uz_Cyrl">
<context>
    <name>ComingSoon</name>
    <message>
        <source>Know your rights</source>
        <translation>Ҳуқуқларингизни билинг</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Агентликни текшириш</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Қабулга ёзилиш</translation>
    </message>
    <message>
        <source>This service is not available on this kiosk yet. It is coming soon.</source>
        <translation>Бу киоскда бу хизмат ҳали йўқ. У тез орада пайдо бўлади.</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Бошига қайтиш</translation>
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
        <source>Coming soon</source>
        <translation>Тез орада</translation>
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Тинглаш: ҳозирча тожик овози йўқ, шунинг учун тожикча матнни форс овози ўқийди.</translation>
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
        <source>Read aloud</source>
        <translation>Овоз чиқариб ўқиш</translation>
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
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Қидириш</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Сўз ёзинг, масалан: паспорт.</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Ҳеч нарса топилмади. Бошқа сўзни ёзиб кўринг.</translation>
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
        <source>Printing arrives with appointment receipts.</source>
        <translation>Чоп этиш қабулга ёзилиш талонлари билан бирга қўшилади.</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Ҳозир синхронлаш</translation>
    </message>
    <message>
        <source>Synchronisation arrives with the central service.</source>
        <translation>Синхронлаш марказий хизмат билан бирга қўшилади.</translation>
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
        <source>Wrong PIN. Tries left before the menu locks: %1</source>
        <translation>ПИН-код нотўғри. Меню қулфлангунча қолган уринишлар: %1</translation>
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
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Coming soon</source>
        <translation>Тез орада</translation>
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