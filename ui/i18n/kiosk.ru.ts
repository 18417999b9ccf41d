<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AgencySearch</name>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Country of work: any country</source>
        <translation>Страна работы: любая</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Страна работы: %1</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр не загружен.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Данные реестра на %1.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>С даты этих данных прошло дней: %1. Поэтому ответ может быть устаревшим. Прежде чем кому-либо платить, спросите в лицензирующем органе.</translation>
    </message>
    <message>
        <source>Type the agency&apos;s name or its licence number.</source>
        <translation>Введите название агентства или номер его лицензии.</translation>
    </message>
    <message>
        <source>No agency with this name is in the registry.</source>
        <translation>Агентства с таким названием нет в реестре.</translation>
    </message>
    <message>
        <source>Agency name or licence number</source>
        <translation>Название агентства или номер лицензии</translation>
    </message>
    <message>
        <source>Demo kiosk: every agency here is FICTIONAL sample data.</source>
        <translation>Это пробный киоск: все агентства здесь ВЫМЫШЛЕННЫЕ, только для примера.</translation>
    </message>
    <message>
        <source>Licence %1</source>
        <translation>Лицензия %1</translation>
    </message>
    <message>
        <source>The agency is not in this list</source>
        <translation>Агентства нет в этом списке</translation>
    </message>
</context>
<context>
    <name>BookingCalendar</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Choose a day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <source>Days with places left: %1</source>
        <translation>Дни со свободными местами: %1</translation>
    </message>
    <message>
        <source>No places left this month.</source>
        <translation>В этом месяце свободных мест нет.</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>The number under a day is how many places are left.</source>
        <translation>Число под днём — сколько осталось свободных мест.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>мест нет</translation>
    </message>
</context>
<context>
    <name>BookingDetails</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (по желанию)</translation>
    </message>
    <message>
        <source>Last 4 digits of your passport (optional)</source>
        <translation>Последние 4 цифры паспорта (по желанию)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Пожалуйста, напишите своё имя.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and a + at the start.</source>
        <translation>В номере телефона могут быть только цифры, пробелы и + в начале.</translation>
    </message>
    <message>
        <source>Write exactly the last 4 digits of your passport, or leave it empty.</source>
        <translation>Напишите ровно 4 последние цифры паспорта или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>Write your name to go on.</source>
        <translation>Чтобы продолжить, напишите своё имя.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
</context>
<context>
    <name>BookingDone</name>
    <message>
        <source>Your booking is saved</source>
        <translation>Ваша запись сохранена</translation>
    </message>
    <message>
        <source>Printing your receipt…</source>
        <translation>Печатаем ваш талон…</translation>
    </message>
    <message>
        <source>Take your receipt from the printer below the screen.</source>
        <translation>Возьмите талон из принтера под экраном.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.</source>
        <translation>Не удалось напечатать талон. Пожалуйста, сфотографируйте этот экран: номер и QR-код — это ваш талон. Сотрудникам уже сообщили.</translation>
    </message>
    <message>
        <source>Your reference is %1.</source>
        <translation>Номер вашей записи: %1.</translation>
    </message>
    <message>
        <source>Your reference</source>
        <translation>Номер вашей записи</translation>
    </message>
    <message>
        <source>Bring these documents:</source>
        <translation>Возьмите с собой эти документы:</translation>
    </message>
    <message>
        <source>To cancel or change it, choose &quot;Book an appointment&quot; on any kiosk, then &quot;Cancel or change a booking&quot;, and type this reference.</source>
        <translation>Чтобы отменить или изменить запись, на любом киоске выберите «Записаться на приём», затем «Отменить или изменить запись» и введите этот номер.</translation>
    </message>
    <message>
        <source>Listen to the receipt</source>
        <translation>Слушать талон</translation>
    </message>
    <message>
        <source>Try printing again</source>
        <translation>Напечатать ещё раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>BookingLocations</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Where?</source>
        <translation>Где?</translation>
    </message>
    <message>
        <source>No office offers this service in the coming weeks. Please ask staff.</source>
        <translation>В ближайшие недели эту услугу не оказывает ни один офис. Пожалуйста, обратитесь к сотруднику.</translation>
    </message>
    <message>
        <source>Mobile office in %1.</source>
        <translation>Выездной офис: %1.</translation>
    </message>
    <message>
        <source>Next visit: %1.</source>
        <translation>Следующий приезд: %1.</translation>
    </message>
    <message>
        <source>No visit planned yet.</source>
        <translation>Приезд пока не запланирован.</translation>
    </message>
    <message>
        <source>First day with places left: %1.</source>
        <translation>Первый день со свободными местами: %1.</translation>
    </message>
    <message>
        <source>Visiting soon</source>
        <translation>Скоро приедет</translation>
    </message>
</context>
<context>
    <name>BookingManage</name>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Отменить или изменить запись</translation>
    </message>
    <message>
        <source>This reference is not right: please check each character.</source>
        <translation>Номер неверный: проверьте каждый знак.</translation>
    </message>
    <message>
        <source>No booking matches this reference and name.</source>
        <translation>Запись с таким номером и именем не найдена.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Нет связи: этот киоск может найти только записи, сделанные на нём. Попробуйте позже или спросите в офисе.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again or ask staff for help.</source>
        <translation>Что-то пошло не так. Пожалуйста, попробуйте ещё раз или попросите помощи у сотрудника.</translation>
    </message>
    <message>
        <source>Type the reference from your receipt, and your name or the last 4 digits of your passport.</source>
        <translation>Введите номер с талона и ваше имя или последние 4 цифры паспорта.</translation>
    </message>
    <message>
        <source>Your name or the last 4 digits of your passport</source>
        <translation>Имя или последние 4 цифры паспорта</translation>
    </message>
    <message>
        <source>Write the reference and your name or the 4 digits to go on.</source>
        <translation>Чтобы продолжить, введите номер записи и ваше имя или 4 последние цифры паспорта.</translation>
    </message>
    <message>
        <source>Find my booking</source>
        <translation>Найти мою запись</translation>
    </message>
    <message>
        <source>This booking is cancelled.</source>
        <translation>Эта запись отменена.</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Изменить время</translation>
    </message>
    <message>
        <source>Yes, cancel it</source>
        <translation>Да, отменить</translation>
    </message>
    <message>
        <source>Cancel the booking</source>
        <translation>Отменить запись</translation>
    </message>
</context>
<context>
    <name>BookingReview</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место приёма</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Passport, last 4 digits</source>
        <translation>Паспорт, последние 4 цифры</translation>
    </message>
    <message>
        <source>Someone has just taken the last place at this time. Please choose another time.</source>
        <translation>Последнее место на это время только что заняли. Пожалуйста, выберите другое время.</translation>
    </message>
    <message>
        <source>This kiosk cannot book this time while offline. Choose another time, or book at the office.</source>
        <translation>Без связи этот киоск не может записать вас на это время. Выберите другое время или запишитесь в офисе.</translation>
    </message>
    <message>
        <source>Offline, this kiosk can find only bookings made here. Try again later or ask at the office.</source>
        <translation>Нет связи: этот киоск может найти только записи, сделанные на нём. Попробуйте позже или спросите в офисе.</translation>
    </message>
    <message>
        <source>You already have a booking for this service on this day.</source>
        <translation>У вас уже есть запись на эту услугу в этот день.</translation>
    </message>
    <message>
        <source>This time can no longer be booked. Please choose another time.</source>
        <translation>На это время записаться уже нельзя. Пожалуйста, выберите другое время.</translation>
    </message>
    <message>
        <source>The booking could not be saved. Please try again or ask staff for help.</source>
        <translation>Не удалось сохранить запись. Пожалуйста, попробуйте ещё раз или попросите помощи у сотрудника.</translation>
    </message>
    <message>
        <source>This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.</source>
        <translation>Сейчас этот киоск не может сохранять записи, поэтому запись не сделана. Обратитесь к сотруднику или к другому киоску.</translation>
    </message>
    <message>
        <source>Check your booking</source>
        <translation>Проверьте запись</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Выбрать другое время</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Записываем…</translation>
    </message>
    <message>
        <source>Change to this time</source>
        <translation>Перенести на это время</translation>
    </message>
    <message>
        <source>Confirm the booking</source>
        <translation>Подтвердить запись</translation>
    </message>
</context>
<context>
    <name>BookingServices</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>What is the appointment for?</source>
        <translation>На какую услугу вы хотите записаться?</translation>
    </message>
    <message>
        <source>choices</source>
        <translation>на выбор</translation>
    </message>
    <message>
        <source>About %1 minutes</source>
        <translation>Примерно %1 мин.</translation>
    </message>
    <message>
        <source>Cancel or change a booking</source>
        <translation>Отменить или изменить запись</translation>
    </message>
</context>
<context>
    <name>BookingTimes</name>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Выберите время</translation>
    </message>
    <message>
        <source>Places left: %1</source>
        <translation>Свободных мест: %1</translation>
    </message>
    <message>
        <source>ask at the office</source>
        <translation>спросите в офисе</translation>
    </message>
    <message>
        <source>full</source>
        <translation>мест нет</translation>
    </message>
</context>
<context>
    <name>CountryPicker</name>
    <message>
        <source>Choose your country of work</source>
        <translation>Выберите страну работы</translation>
    </message>
    <message>
        <source>Any country / I do not know yet</source>
        <translation>Любая страна / Я ещё не знаю</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>DeskOutcome</name>
    <message>
        <source>Checked in</source>
        <translation>Приход отмечен</translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>Уже отмечен</translation>
    </message>
    <message>
        <source>Booking cancelled</source>
        <translation>Запись отменена</translation>
    </message>
    <message>
        <source>Wrong day</source>
        <translation>Не тот день</translation>
    </message>
    <message>
        <source>Wrong place</source>
        <translation>Не то место</translation>
    </message>
    <message>
        <source>Marked as a no-show</source>
        <translation>Отмечен как неявка</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>Unknown kiosk</source>
        <translation>Неизвестный киоск</translation>
    </message>
    <message>
        <source>Not a genuine receipt</source>
        <translation>Талон не настоящий</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-код этого устройства</translation>
    </message>
    <message>
        <source>%1, on another device</source>
        <translation>%1, на другом устройстве</translation>
    </message>
    <message>
        <source>Found by the reference typed: no QR code was checked.</source>
        <translation>Найдено по введённому номеру: QR-код не проверялся.</translation>
    </message>
    <message>
        <source>Booked at a kiosk while it was offline: added to the list.</source>
        <translation>Запись сделана на киоске без связи: добавлена в список.</translation>
    </message>
    <message>
        <source>Checked in at %1 by %2</source>
        <translation>Отмечен в %1 (%2)</translation>
    </message>
    <message>
        <source>Marked as a no-show at %1 by %2: undo that first</source>
        <translation>Отмечен как неявка в %1 (%2): сначала отмените эту отметку</translation>
    </message>
    <message>
        <source>This booking was cancelled: there is no visit to record.</source>
        <translation>Эта запись отменена: отмечать нечего.</translation>
    </message>
    <message>
        <source>This booking is for %1.</source>
        <translation>Эта запись на %1.</translation>
    </message>
    <message>
        <source>This booking is at %1.</source>
        <translation>Эта запись в другое место: %1.</translation>
    </message>
    <message>
        <source>No booking with this reference is on this device&apos;s lists.</source>
        <translation>В списках этого устройства нет записи с таким номером.</translation>
    </message>
    <message>
        <source>The receipt comes from kiosk %1, which this device does not know yet. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>Талон выдан киоском %1, которого это устройство пока не знает. Проверьте документы человека или найдите его в списке по имени.</translation>
    </message>
    <message>
        <source>The QR code is damaged, altered or not one of our receipts. Check the person&apos;s documents, or find them on the list by name.</source>
        <translation>QR-код повреждён, изменён или это не наш талон. Проверьте документы человека или найдите его в списке по имени.</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Номер: %1</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Следующий</translation>
    </message>
</context>
<context>
    <name>DeskRow</name>
    <message>
        <source>Walk-in</source>
        <translation>Запись на месте</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-код этого устройства</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, on another device</source>
        <translation>%1, %2, на другом устройстве</translation>
    </message>
    <message>
        <source>(no name on the list)</source>
        <translation>(в списке нет имени)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Отменить (%1 с)</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>Напечатать снова</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>Staff desk</source>
        <translation>Стол сотрудника</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужены</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Не пришли</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменены</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Записаны на месте</translation>
    </message>
    <message>
        <source>That booking was cancelled.</source>
        <translation>Эта запись отменена.</translation>
    </message>
    <message>
        <source>That visit is already finished: undo it first.</source>
        <translation>Этот визит уже завершён: сначала отмените отметку.</translation>
    </message>
    <message>
        <source>That person is already checked in.</source>
        <translation>Этот человек уже отмечен.</translation>
    </message>
    <message>
        <source>Check the person in first.</source>
        <translation>Сначала отметьте приход.</translation>
    </message>
    <message>
        <source>Too late to undo: the time for it is over.</source>
        <translation>Отменить уже нельзя: время вышло.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Отменять нечего.</translation>
    </message>
    <message>
        <source>Only a supervisor can do that.</source>
        <translation>Это может сделать только старший сотрудник.</translation>
    </message>
    <message>
        <source>That booking is not on this list.</source>
        <translation>Этой записи нет в этом списке.</translation>
    </message>
    <message>
        <source>This receipt cannot be printed here: the list does not have the name.</source>
        <translation>Этот талон здесь не напечатать: в списке нет имени.</translation>
    </message>
    <message>
        <source>That did not work. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Не получилось. Попробуйте ещё раз; если не выйдет, скажите старшему сотруднику.</translation>
    </message>
    <message>
        <source>Marked as served: %1</source>
        <translation>Отмечен как обслуженный: %1</translation>
    </message>
    <message>
        <source>Marked as a no-show: %1</source>
        <translation>Отмечен как неявка: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Отмечен приход: %1</translation>
    </message>
    <message>
        <source>Signing out in %1 s for want of a tap. Tap anywhere to stay.</source>
        <translation>Выход через %1 с: экрана давно не касались. Коснитесь экрана, чтобы остаться.</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Вход выполнен: %1</translation>
    </message>
    <message>
        <source>this device&apos;s PIN</source>
        <translation>PIN-код этого устройства</translation>
    </message>
    <message>
        <source>Scan the receipt&apos;s QR code, or type its reference and press Enter.</source>
        <translation>Отсканируйте QR-код талона или введите его номер и нажмите Enter.</translation>
    </message>
    <message>
        <source>Undo (%1 s)</source>
        <translation>Отменить (%1 с)</translation>
    </message>
    <message>
        <source>Receipt printed again</source>
        <translation>Талон печатается снова</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить</translation>
    </message>
    <message>
        <source>Day before</source>
        <translation>Предыдущий день</translation>
    </message>
    <message>
        <source>Day after</source>
        <translation>Следующий день</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Запись на месте</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Итоги дня</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Меню для сотрудников</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Leave staff mode</source>
        <translation>Выйти из режима сотрудника</translation>
    </message>
    <message>
        <source>List from the centre: %1</source>
        <translation>Список из центра: %1</translation>
    </message>
    <message>
        <source>This device has no list from the centre for this day: only what was done here shows.</source>
        <translation>На этот день у устройства нет списка из центра: видно только то, что сделано здесь.</translation>
    </message>
    <message>
        <source>Find by reference, name or phone:</source>
        <translation>Найти по номеру, имени или телефону:</translation>
    </message>
    <message>
        <source>Nobody is on this list.</source>
        <translation>В этом списке никого нет.</translation>
    </message>
    <message>
        <source>Nobody on the list matches.</source>
        <translation>В списке никто не подходит.</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <source>Tap your name, or scan your staff badge.</source>
        <translation>Нажмите на своё имя или отсканируйте пропуск сотрудника.</translation>
    </message>
    <message>
        <source>Scan your staff badge here.</source>
        <translation>Отсканируйте здесь пропуск сотрудника.</translation>
    </message>
    <message>
        <source>Locked after too many wrong tries. Seconds until the next try: %1</source>
        <translation>Заблокировано: слишком много неверных попыток. Секунд до следующей попытки: %1</translation>
    </message>
    <message>
        <source>This badge was not accepted. Tries left before it locks: %1</source>
        <translation>Пропуск не принят. Попыток до блокировки: %1</translation>
    </message>
    <message>
        <source>This badge cannot sign in on this device.</source>
        <translation>С этим пропуском нельзя войти на этом устройстве.</translation>
    </message>
    <message>
        <source>That is not a staff badge. To check someone in, sign in first.</source>
        <translation>Это не пропуск сотрудника. Чтобы отметить приход, сначала войдите.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Ни одно из ваших мест пока не известно этому устройству. Обратитесь к старшему сотруднику.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Сейчас войти нельзя. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>This device&apos;s PIN</source>
        <translation>PIN-код этого устройства</translation>
    </message>
</context>
<context>
    <name>DeskSummary</name>
    <message>
        <source>Day summary</source>
        <translation>Итоги дня</translation>
    </message>
    <message>
        <source>Printing the summary…</source>
        <translation>Печатаем итоги…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <source>The summary could not be printed: see the printer&apos;s state in the staff menu.</source>
        <translation>Итоги не напечатаны: состояние принтера — в меню для сотрудников.</translation>
    </message>
    <message>
        <source>The summary could not be saved: the disk may be full.</source>
        <translation>Итоги не сохранены: возможно, диск заполнен.</translation>
    </message>
    <message>
        <source>The summary is printed.</source>
        <translation>Итоги напечатаны.</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Напечатать</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Сохранить PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Выгрузить CSV</translation>
    </message>
    <message>
        <source>Saved to the folder %1</source>
        <translation>Сохраняется в папку %1</translation>
    </message>
</context>
<context>
    <name>DeskWalkIn</name>
    <message>
        <source>Walk-in</source>
        <translation>Запись на месте</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as in the passport, at least two letters.</source>
        <translation>Введите имя человека как в паспорте, не меньше двух букв.</translation>
    </message>
    <message>
        <source>That phone number is not complete: type it with the country code, or leave it empty.</source>
        <translation>Номер телефона неполный: введите его с кодом страны или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>That time has just filled up. Choose another time.</source>
        <translation>Это время только что заняли. Выберите другое время.</translation>
    </message>
    <message>
        <source>This device has no place left at that time while the centre does not answer. Choose another time.</source>
        <translation>Пока центр не отвечает, у этого устройства нет свободных мест на это время. Выберите другое время.</translation>
    </message>
    <message>
        <source>This person already has a booking for this service that day.</source>
        <translation>У этого человека уже есть запись на эту услугу в этот день.</translation>
    </message>
    <message>
        <source>That time can no longer be booked. Choose another time.</source>
        <translation>На это время записаться уже нельзя. Выберите другое время.</translation>
    </message>
    <message>
        <source>The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.</source>
        <translation>Запись на месте не сохранена. Попробуйте ещё раз; если не выйдет, скажите старшему сотруднику.</translation>
    </message>
    <message>
        <source>No time is left today at this place.</source>
        <translation>На сегодня в этом месте свободного времени нет.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Name, as in the passport</source>
        <translation>Имя, как в паспорте</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Телефон (по желанию)</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Записываем…</translation>
    </message>
    <message>
        <source>Book, check in and print</source>
        <translation>Записать, отметить приход и напечатать</translation>
    </message>
    <message>
        <source>Booked and checked in: %1, %2</source>
        <translation>Записан и отмечен: %1, %2</translation>
    </message>
    <message>
        <source>Another walk-in</source>
        <translation>Ещё одна запись на месте</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>How to use this kiosk</source>
        <translation>Как пользоваться киоском</translation>
    </message>
    <message>
        <source>To change the language, touch the language button at the top.</source>
        <translation>Чтобы сменить язык, нажмите кнопку языка вверху.</translation>
    </message>
    <message>
        <source>To make the text bigger, touch Text at the top.</source>
        <translation>Чтобы увеличить текст, нажмите «Текст» вверху.</translation>
    </message>
    <message>
        <source>For white text on black, touch Contrast.</source>
        <translation>Чтобы текст был белым на чёрном фоне, нажмите «Контраст».</translation>
    </message>
    <message>
        <source>To hear the screen read aloud, touch Listen.</source>
        <translation>Чтобы прослушать текст с экрана, нажмите «Слушать».</translation>
    </message>
    <message>
        <source>Back takes you one step back. Home takes you to the start.</source>
        <translation>«Назад» возвращает на один шаг назад. «Главная» возвращает в начало.</translation>
    </message>
    <message>
        <source>If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.</source>
        <translation>Если долго никто не касается экрана, киоск спросит, нужно ли вам ещё время. Потом он сотрёт всё, что вы ввели, чтобы следующий человек этого не увидел.</translation>
    </message>
    <message>
        <source>This kiosk is free to use. Nobody may ask you for money to use it.</source>
        <translation>Пользоваться этим киоском бесплатно. Никто не имеет права просить у вас за это деньги.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>How can we help you?</source>
        <translation>Чем мы можем вам помочь?</translation>
    </message>
    <message>
        <source>Know your rights</source>
        <translation>Знайте свои права</translation>
    </message>
    <message>
        <source>Safe migration and your rights abroad, in your language</source>
        <translation>Безопасная миграция и ваши права за границей — на вашем языке</translation>
    </message>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>Is this recruitment agency licensed?</source>
        <translation>Есть ли у этого агентства по трудоустройству лицензия?</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>Записаться на приём</translation>
    </message>
    <message>
        <source>Visa centre and migration office appointments</source>
        <translation>Запись в визовый центр и миграционную службу</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <source>How to use this kiosk</source>
        <translation>Как пользоваться киоском</translation>
    </message>
    <message>
        <source>Information updated: %1</source>
        <translation>Сведения обновлены: %1</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Это пробный киоск: данные здесь только для примера, они не настоящие.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Вам нужно ещё время?</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>секунд осталось</translation>
    </message>
    <message>
        <source>When the count reaches zero, everything you entered is cleared and the kiosk starts again.</source>
        <translation>Когда счёт дойдёт до нуля, всё, что вы ввели, сотрётся, и киоск начнёт сначала.</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Мне нужно ещё время</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Choose your language</source>
        <translation>Выберите язык</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.</source>
        <translation>Слушать: таджикского голоса пока нет, поэтому таджикский текст читает персидский голос.</translation>
    </message>
    <message>
        <source>This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.</source>
        <translation>Сейчас этот киоск ничего не может сохранить, поэтому не принимает записи на приём и жалобы. Читать и проверять агентства можно. Чтобы записаться или подать жалобу, обратитесь к сотруднику или к другому киоску.</translation>
    </message>
</context>
<context>
    <name>OfflineNote</name>
    <message>
        <source>Offline: only bookings made at this kiosk can be found here.</source>
        <translation>Нет связи: здесь можно найти только записи, сделанные на этом киоске.</translation>
    </message>
    <message>
        <source>Offline: you see only the places this kiosk can book by itself. More may be free at the office.</source>
        <translation>Нет связи: вы видите только места, на которые этот киоск может записать сам. В офисе может быть больше свободных мест.</translation>
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
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Take it with you: scan this code with your phone camera to open this page on your phone.</source>
        <translation>Возьмите с собой: наведите камеру телефона на этот код, и эта страница откроется на телефоне.</translation>
    </message>
    <message>
        <source>Updated: %1</source>
        <translation>Обновлено: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Источники: %1</translation>
    </message>
    <message>
        <source>Was this useful?</source>
        <translation>Это было полезно?</translation>
    </message>
    <message>
        <source>Thank you for your answer.</source>
        <translation>Спасибо за ответ.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>ReceiptPanel</name>
    <message>
        <source>Printing the receipt…</source>
        <translation>Печатаем талон…</translation>
    </message>
    <message>
        <source>The receipt is printed.</source>
        <translation>Талон напечатан.</translation>
    </message>
    <message>
        <source>The receipt could not be printed. The person can take a photo of the reference and the QR code.</source>
        <translation>Талон не напечатан. Человек может сфотографировать номер и QR-код.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Report an agency</source>
        <translation>Пожаловаться на агентство</translation>
    </message>
    <message>
        <source>They asked for money before giving a job or visa</source>
        <translation>Просили деньги до того, как дали работу или визу</translation>
    </message>
    <message>
        <source>They took or kept my passport or documents</source>
        <translation>Забрали или не вернули мой паспорт или документы</translation>
    </message>
    <message>
        <source>The job or employer did not exist</source>
        <translation>Такой работы или такого работодателя не было</translation>
    </message>
    <message>
        <source>They sent me to work on a tourist or student visa</source>
        <translation>Отправили меня работать по туристической или студенческой визе</translation>
    </message>
    <message>
        <source>The work or pay was not what they promised</source>
        <translation>Работа или зарплата оказались не такими, как обещали</translation>
    </message>
    <message>
        <source>They would not show a licence or a contract</source>
        <translation>Не захотели показать лицензию или договор</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Which agency?</source>
        <translation>Какое агентство?</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>How can we reach you? (optional)</source>
        <translation>Как с вами связаться? (по желанию)</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>Жалоба отправлена</translation>
    </message>
    <message>
        <source>Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.</source>
        <translation>Оставьте телефон или e-mail, только если хотите, чтобы с вами связался орган, который рассматривает жалобы. Жалобу можно отправить и без этого.</translation>
    </message>
    <message>
        <source>Your report is saved. Its reference is %1. Write it down or take a photo of it.</source>
        <translation>Ваша жалоба сохранена. Её номер: %1. Запишите его или сфотографируйте.</translation>
    </message>
    <message>
        <source>Step %1 of 3</source>
        <translation>Шаг %1 из 3</translation>
    </message>
    <message>
        <source>The agency&apos;s name</source>
        <translation>Название агентства</translation>
    </message>
    <message>
        <source>Write the agency&apos;s name to go on.</source>
        <translation>Чтобы продолжить, напишите название агентства.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>In your own words (optional)</source>
        <translation>Своими словами (по желанию)</translation>
    </message>
    <message>
        <source>Choose what happened, or write it in your own words, to go on.</source>
        <translation>Чтобы продолжить, выберите, что случилось, или опишите это своими словами.</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <source>Phone or e-mail (optional)</source>
        <translation>Телефон или e-mail (по желанию)</translation>
    </message>
    <message>
        <source>Send without contact</source>
        <translation>Отправить без контактов</translation>
    </message>
    <message>
        <source>Send report</source>
        <translation>Отправить жалобу</translation>
    </message>
    <message>
        <source>Saving your report…</source>
        <translation>Сохраняем вашу жалобу…</translation>
    </message>
    <message>
        <source>This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.</source>
        <translation>Сейчас этот киоск не может сохранять жалобы, поэтому ваша жалоба не сохранена. Обратитесь к сотруднику или к другому киоску.</translation>
    </message>
    <message>
        <source>Your report could not be saved. Please try again or ask staff for help.</source>
        <translation>Не удалось сохранить вашу жалобу. Пожалуйста, попробуйте ещё раз или попросите помощи у сотрудника.</translation>
    </message>
    <message>
        <source>It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.</source>
        <translation>Она будет отправлена в орган, который рассматривает жалобы, как только этот киоск подключится к интернету. Спасибо: ваша жалоба защищает других людей.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Nothing matches “%1”. These topics may help:</source>
        <translation>По запросу «%1» ничего не найдено. Эти темы могут помочь:</translation>
    </message>
    <message>
        <source>Type a word, for example: passport.</source>
        <translation>Введите слово, например: паспорт.</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Показаны результаты по запросу: %1</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <source>Staff menu</source>
        <translation>Меню для сотрудников</translation>
    </message>
    <message>
        <source>Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.</source>
        <translation>Внимание: на этом киоске стоит пробный PIN-код. Задайте PIN-код для сотрудников, прежде чем открыть киоск для посетителей.</translation>
    </message>
    <message>
        <source>Test the on-screen keyboard:</source>
        <translation>Проверьте экранную клавиатуру:</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Напечатать пробную страницу</translation>
    </message>
    <message>
        <source>Print a receipt again:</source>
        <translation>Напечатать талон ещё раз:</translation>
    </message>
    <message>
        <source>Synchronise now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>This kiosk is not enrolled with a central service: it works on the data it has.</source>
        <translation>Этот киоск не подключён к центральному сервису: он работает на своих данных.</translation>
    </message>
    <message>
        <source>Lock and leave</source>
        <translation>Заблокировать и выйти</translation>
    </message>
    <message>
        <source>Exit the kiosk</source>
        <translation>Закрыть программу киоска</translation>
    </message>
</context>
<context>
    <name>StaffPin</name>
    <message>
        <source>Staff only</source>
        <translation>Только для сотрудников</translation>
    </message>
    <message>
        <source>Enter the staff PIN.</source>
        <translation>Введите PIN-код сотрудника.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Введите свой PIN-код.</translation>
    </message>
    <message>
        <source>Wrong PIN. Tries left before it locks: %1</source>
        <translation>Неверный PIN-код. Попыток до блокировки: %1</translation>
    </message>
    <message>
        <source>This name cannot sign in on this device.</source>
        <translation>Под этим именем нельзя войти на этом устройстве.</translation>
    </message>
    <message>
        <source>None of your places is known on this device yet. Ask a supervisor.</source>
        <translation>Ни одно из ваших мест пока не известно этому устройству. Обратитесь к старшему сотруднику.</translation>
    </message>
    <message>
        <source>Signing in is not possible right now. Try again in a moment.</source>
        <translation>Сейчас войти нельзя. Попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Locked after too many wrong PINs. Seconds until the next try: %1</source>
        <translation>Заблокировано: слишком много неверных PIN-кодов. Секунд до следующей попытки: %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A PIN has at least 4 digits.</source>
        <translation>В PIN-коде не меньше 4 цифр.</translation>
    </message>
</context>
<context>
    <name>StateChip</name>
    <message>
        <source>Checked in</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужен</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не пришёл</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидается</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Step %1 of 6</source>
        <translation>Шаг %1 из 6</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Главная</translation>
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
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Слушать</translation>
    </message>
</context>
<context>
    <name>Topics</name>
    <message>
        <source>Know your rights</source>
        <translation>Знайте свои права</translation>
    </message>
    <message>
        <source>Choose a topic.</source>
        <translation>Выберите тему.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Check an agency</source>
        <translation>Проверить агентство</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (до %2)</translation>
    </message>
    <message>
        <source>The licence is valid until %1.</source>
        <translation>Лицензия действует до %1.</translation>
    </message>
    <message>
        <source>licensed</source>
        <translation>лицензия выдана</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>лицензия приостановлена</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>лицензия отозвана</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок лицензии истёк</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>в выдаче лицензии отказано</translation>
    </message>
    <message>
        <source>Licensed: may recruit for %1.</source>
        <translation>Есть лицензия на набор работников для стран: %1.</translation>
    </message>
    <message>
        <source>Licensed, but the registry lists no destination country for it.</source>
        <translation>Есть лицензия, но в реестре не указано, в какие страны агентство может отправлять на работу.</translation>
    </message>
    <message>
        <source>Not licensed for %1.</source>
        <translation>Нет лицензии для страны: %1.</translation>
    </message>
    <message>
        <source>It may recruit only for %1.</source>
        <translation>Агентство может набирать работников только для стран: %1.</translation>
    </message>
    <message>
        <source>The registry lists no destination country for it.</source>
        <translation>В реестре не указано, в какие страны агентство может отправлять на работу.</translation>
    </message>
    <message>
        <source>NOT licensed: suspended since %1.</source>
        <translation>НЕТ лицензии: действие лицензии приостановлено с %1.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence was revoked on %1.</source>
        <translation>НЕТ лицензии: лицензия отозвана %1.</translation>
    </message>
    <message>
        <source>NOT licensed: the licence expired on %1.</source>
        <translation>НЕТ лицензии: срок лицензии истёк %1.</translation>
    </message>
    <message>
        <source>NOT licensed: the application was rejected on %1.</source>
        <translation>НЕТ лицензии: в выдаче лицензии отказано %1.</translation>
    </message>
    <message>
        <source>Not found in the registry as of %1. Do not pay. Report it.</source>
        <translation>Агентство не найдено в реестре на %1. Не платите. Пожалуйтесь на него.</translation>
    </message>
    <message>
        <source>Even so: get a written contract before you pay, and never hand over your passport.</source>
        <translation>Но всё равно: до оплаты получите письменный договор и никогда не отдавайте свой паспорт.</translation>
    </message>
    <message>
        <source>Do not pay it for work in this country.</source>
        <translation>Не платите ему за работу в этой стране.</translation>
    </message>
    <message>
        <source>This agency may not recruit you. Do not pay it and do not give it your passport.</source>
        <translation>Это агентство не имеет права набирать вас на работу. Не платите ему и не отдавайте ему свой паспорт.</translation>
    </message>
    <message>
        <source>Registry data as of %1.</source>
        <translation>Данные реестра на %1.</translation>
    </message>
    <message>
        <source>The registry is not loaded.</source>
        <translation>Реестр не загружен.</translation>
    </message>
    <message>
        <source>These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.</source>
        <translation>С даты этих данных прошло дней: %1. Поэтому ответ может быть устаревшим. Прежде чем кому-либо платить, спросите в лицензирующем органе.</translation>
    </message>
    <message>
        <source>FICTIONAL sample agency: demo data, not a real company.</source>
        <translation>ВЫМЫШЛЕННОЕ агентство для примера: это пробные данные, а не настоящая компания.</translation>
    </message>
    <message>
        <source>You looked for: %1</source>
        <translation>Вы искали: %1</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие названия</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Номер лицензии</translation>
    </message>
    <message>
        <source>Licensing authority</source>
        <translation>Лицензирующий орган</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Branch offices</source>
        <translation>Филиалы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <source>Choose your country of work</source>
        <translation>Выберите страну работы</translation>
    </message>
    <message>
        <source>Country of work: %1</source>
        <translation>Страна работы: %1</translation>
    </message>
    <message>
        <source>Report this agency</source>
        <translation>Пожаловаться на это агентство</translation>
    </message>
    <message>
        <source>Check another agency</source>
        <translation>Проверить другое агентство</translation>
    </message>
</context>
<context>
    <name>VerdictBadge</name>
    <message>
        <source>LICENSED</source>
        <translation>ЕСТЬ ЛИЦЕНЗИЯ</translation>
    </message>
    <message>
        <source>NOT LICENSED</source>
        <translation>НЕТ ЛИЦЕНЗИИ</translation>
    </message>
    <message>
        <source>NOT LICENSED for %1</source>
        <translation>НЕТ ЛИЦЕНЗИИ для страны: %1</translation>
    </message>
    <message>
        <source>NOT FOUND in the registry</source>
        <translation>НЕ НАЙДЕНО в реестре</translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <source>Information for migrants</source>
        <translation>Информация для мигрантов</translation>
    </message>
    <message>
        <source>Touch here to start</source>
        <translation>Нажмите здесь, чтобы начать</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Know your rights. Check an agency. Book an appointment.</source>
        <translation>Знайте свои права. Проверьте агентство. Запишитесь на приём.</translation>
    </message>
    <message>
        <source>Demo kiosk: the data shown is sample data and not real.</source>
        <translation>Это пробный киоск: данные здесь только для примера, они не настоящие.</translation>
    </message>
</context>
</TS>
