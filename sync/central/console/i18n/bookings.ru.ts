<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>A booking or slot the centre does not know</source>
        <translation>Запись или время, неизвестные центру</translation>
    </message>
    <message>
        <source>A reference another booking has</source>
        <translation>Такой номер уже есть у другой записи</translation>
    </message>
    <message>
        <source>A slot sold beyond its seats</source>
        <translation>На время записано больше людей, чем мест</translation>
    </message>
    <message>
        <source>A staff device's audit log does not link up</source>
        <translation>Журнал устройства сотрудников не сходится</translation>
    </message>
    <message>
        <source>At: {when}</source>
        <translation>Время: {when}</translation>
    </message>
    <message>
        <source>Booking findings</source>
        <translation>Замечания по записям</translation>
    </message>
    <message>
        <source>Booking reference</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <source>Bookings of the day, by time</source>
        <translation>Записи дня по времени</translation>
    </message>
    <message>
        <source>Bookings per day and place</source>
        <translation>Записи по дням и местам</translation>
    </message>
    <message>
        <source>Bookings per day and place, {first} to {last}</source>
        <translation>Записи по дням и местам, с {first} по {last}</translation>
    </message>
    <message>
        <source>Bookings that arrived after the fact and broke a rule, but stand: staff should look at them.</source>
        <translation>Записи, пришедшие задним числом и нарушившие правило, но оставшиеся в силе: сотрудникам стоит их проверить.</translation>
    </message>
    <message>
        <source>Bookings: {count}</source>
        <translation>Записей: {count}</translation>
    </message>
    <message>
        <source>By the day of the appointment, from a week ago to two weeks ahead; cancelled bookings are not counted.</source>
        <translation>По дню приёма, от недели назад до двух недель вперёд; отменённые записи не считаются.</translation>
    </message>
    <message>
        <source>Cancelled: {count}</source>
        <translation>Отменено: {count}</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Явка</translation>
    </message>
    <message>
        <source>Check-in conflicts to resolve</source>
        <translation>Конфликты отметок, которые нужно решить</translation>
    </message>
    <message>
        <source>Check-ins of references with no booking here</source>
        <translation>Отметки о приходе по номерам, для которых здесь нет записи</translation>
    </message>
    <message>
        <source>Checked in: {count}</source>
        <translation>Пришли: {count}</translation>
    </message>
    <message>
        <source>Conflict {number}</source>
        <translation>Конфликт {number}</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Device: {device}</source>
        <translation>Устройство: {device}</translation>
    </message>
    <message>
        <source>First check-in (kept)</source>
        <translation>Первая отметка (сохраняется)</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружено</translation>
    </message>
    <message>
        <source>No bookings at this place on this day.</source>
        <translation>В этом месте в этот день записей нет.</translation>
    </message>
    <message>
        <source>No bookings in these days.</source>
        <translation>В эти дни записей нет.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>No names or phone numbers are shown here: only references, times and what staff devices recorded.</source>
        <translation>Имена и телефоны здесь не показываются: только номера записей, время и то, что отметили устройства сотрудников.</translation>
    </message>
    <message>
        <source>No open conflicts.</source>
        <translation>Нерешённых конфликтов нет.</translation>
    </message>
    <message>
        <source>No-show: {count}</source>
        <translation>Не пришли: {count}</translation>
    </message>
    <message>
        <source>Not yet: {count}</source>
        <translation>Пока без отметки: {count}</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Second check-in</source>
        <translation>Вторая отметка</translation>
    </message>
    <message>
        <source>Served: {count}</source>
        <translation>Обслужены: {count}</translation>
    </message>
    <message>
        <source>Sold offline without a grant to pay for the seat</source>
        <translation>Запись сделана без связи, но выделенного места на неё не было</translation>
    </message>
    <message>
        <source>Staff member: {staff_id}</source>
        <translation>Сотрудник: {staff_id}</translation>
    </message>
    <message>
        <source>The same person booked twice</source>
        <translation>Один и тот же человек записался дважды</translation>
    </message>
    <message>
        <source>There is no conflict {number}.</source>
        <translation>Конфликта {number} нет.</translation>
    </message>
    <message>
        <source>There is no such place: “{place}”. Choose one from the list.</source>
        <translation>Такого места нет: «{place}». Выберите из списка.</translation>
    </message>
    <message>
        <source>This conflict was resolved already; the first note stands.</source>
        <translation>Этот конфликт уже решён; остаётся первое примечание.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Two staff devices checked the same receipt in. The first check-in stays; resolve the conflict with a note once you know what happened.</source>
        <translation>Два устройства сотрудников отметили приход по одному и тому же талону. Остаётся первая отметка; когда выясните, что произошло, решите конфликт и оставьте примечание.</translation>
    </message>
    <message>
        <source>What happened (a note kept with the conflict)</source>
        <translation>Что произошло (примечание сохранится вместе с конфликтом)</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>пришёл</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>не пришёл</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>{place} on {day}</source>
        <translation>{place}, {day}</translation>
    </message>
    <message>
        <source>“{day}” is not a day. Write it as year-month-day, for example 2026-12-07.</source>
        <translation>«{day}» — не дата. Напишите её как год-месяц-день, например 2026-12-07.</translation>
    </message>
</context>
</TS>
