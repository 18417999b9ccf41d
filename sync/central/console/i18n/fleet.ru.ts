<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>console</name>
    <message>
        <source>Answers</source>
        <translation>Ответов</translation>
    </message>
    <message>
        <source>Answers per article</source>
        <translation>Ответы по статьям</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Версия приложения</translation>
    </message>
    <message>
        <source>Choose yes or no.</source>
        <translation>Выберите «да» или «нет».</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Disk nearly full: {size} MB free</source>
        <translation>Диск почти заполнен: свободно {size} МБ</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Free disk</source>
        <translation>Свободно на диске</translation>
    </message>
    <message>
        <source>Free disk (GB) over the last heartbeats</source>
        <translation>Свободно на диске (ГБ) по последним сигналам</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Heartbeat every</source>
        <translation>Сигнал каждые</translation>
    </message>
    <message>
        <source>In the canary group: it is offered a new release before the rest of the fleet</source>
        <translation>В канареечной группе: новый выпуск предлагается ему раньше остальных киосков</translation>
    </message>
    <message>
        <source>Kiosk {kiosk_id}</source>
        <translation>Киоск {kiosk_id}</translation>
    </message>
    <message>
        <source>Language of the article</source>
        <translation>Язык статьи</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Последний сигнал</translation>
    </message>
    <message>
        <source>Needs a visit</source>
        <translation>Нужен выезд</translation>
    </message>
    <message>
        <source>Never heard from since it was enrolled ({when}).</source>
        <translation>Ни разу не выходил на связь с регистрации ({when}).</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>No answers yet.</source>
        <translation>Ответов пока нет.</translation>
    </message>
    <message>
        <source>No heartbeat has arrived from this kiosk yet.</source>
        <translation>От этого киоска ещё не было ни одного сигнала.</translation>
    </message>
    <message>
        <source>No kiosk matches these filters.</source>
        <translation>Ни один киоск не подходит под эти условия.</translation>
    </message>
    <message>
        <source>Not heard from for {duration}; it should send a heartbeat every {interval}.</source>
        <translation>Нет сигнала уже {duration}; сигнал должен приходить каждые {interval}.</translation>
    </message>
    <message>
        <source>Nothing needs a visit.</source>
        <translation>Выезд не нужен.</translation>
    </message>
    <message>
        <source>Oldest outbox item</source>
        <translation>Самое старое исходящее</translation>
    </message>
    <message>
        <source>One row per kiosk</source>
        <translation>По строке на каждый киоск</translation>
    </message>
    <message>
        <source>Only kiosks that need a visit</source>
        <translation>Только киоски, к которым нужен выезд</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Исходящие</translation>
    </message>
    <message>
        <source>Outbox depth over the last heartbeats</source>
        <translation>Число исходящих по последним сигналам</translation>
    </message>
    <message>
        <source>Outbox items parked: {count}. Staff must look at them.</source>
        <translation>Отложенных исходящих: {count}. Сотрудникам нужно их проверить.</translation>
    </message>
    <message>
        <source>Place and canary group</source>
        <translation>Место и канареечная группа</translation>
    </message>
    <message>
        <source>Place and kiosk</source>
        <translation>Место и киоск</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Printer: {state}</source>
        <translation>Принтер: {state}</translation>
    </message>
    <message>
        <source>Recent heartbeats</source>
        <translation>Последние сигналы</translation>
    </message>
    <message>
        <source>Release running / offered</source>
        <translation>Выпуск: установлен / предложен</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Showing {shown} of {total} kiosks.</source>
        <translation>Показано {shown} из {total} киосков.</translation>
    </message>
    <message>
        <source>Staff device</source>
        <translation>Устройство сотрудников</translation>
    </message>
    <message>
        <source>The clock is {duration} fast</source>
        <translation>Часы спешат на {duration}</translation>
    </message>
    <message>
        <source>The clock is {duration} slow</source>
        <translation>Часы отстают на {duration}</translation>
    </message>
    <message>
        <source>The last sync failed: {error}</source>
        <translation>Последняя синхронизация не удалась: {error}</translation>
    </message>
    <message>
        <source>The last {count} heartbeats, newest first</source>
        <translation>Последние сигналы ({count}), сначала новые</translation>
    </message>
    <message>
        <source>The oldest unsent outbox item is {duration} old</source>
        <translation>Самое старое неотправленное исходящее ждёт уже {duration}</translation>
    </message>
    <message>
        <source>There is no kiosk {kiosk_id}.</source>
        <translation>Киоска {kiosk_id} нет.</translation>
    </message>
    <message>
        <source>There is no such language.</source>
        <translation>Такого языка нет.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>Такого порядка нет.</translation>
    </message>
    <message>
        <source>There is no such state. Choose fresh, late, stale or never seen.</source>
        <translation>Такого состояния нет. Выберите: на связи, запаздывает, молчит или не выходил на связь.</translation>
    </message>
    <message>
        <source>This kiosk needs a visit.</source>
        <translation>К этому киоску нужен выезд.</translation>
    </message>
    <message>
        <source>Useful</source>
        <translation>Полезно</translation>
    </message>
    <message>
        <source>Was this useful? Answers per article</source>
        <translation>«Было ли это полезно?» Ответы по статьям</translation>
    </message>
    <message>
        <source>What people answered at the end of an article. Nothing about them is asked or kept.</source>
        <translation>Что люди ответили в конце статьи. О них самих ничего не спрашивается и не хранится.</translation>
    </message>
    <message>
        <source>Where the kiosk stands</source>
        <translation>Где стоит киоск</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>отстаёт</translation>
    </message>
    <message>
        <source>every language</source>
        <translation>все языки</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>на связи</translation>
    </message>
    <message>
        <source>in the canary group</source>
        <translation>в канареечной группе</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>late</source>
        <translation>запаздывает</translation>
    </message>
    <message>
        <source>longest unheard first</source>
        <translation>сначала дольше всех молчащие</translation>
    </message>
    <message>
        <source>needs a visit</source>
        <translation>нужен выезд</translation>
    </message>
    <message>
        <source>needs a visit first</source>
        <translation>сначала те, к которым нужен выезд</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>не выходил на связь</translation>
    </message>
    <message>
        <source>no place set</source>
        <translation>место не указано</translation>
    </message>
    <message>
        <source>not in the canary group</source>
        <translation>не в канареечной группе</translation>
    </message>
    <message>
        <source>offered {offered}; not reported yet</source>
        <translation>предложен {offered}; установленный ещё не сообщён</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>идут точно</translation>
    </message>
    <message>
        <source>place</source>
        <translation>по месту</translation>
    </message>
    <message>
        <source>runs {running}, offered {offered}</source>
        <translation>установлен {running}, предложен {offered}</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>молчит</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>актуален</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} дн. {hours} ч</translation>
    </message>
    <message>
        <source>{duration} ago</source>
        <translation>{duration} назад</translation>
    </message>
    <message>
        <source>{duration} fast</source>
        <translation>спешат на {duration}</translation>
    </message>
    <message>
        <source>{duration} slow</source>
        <translation>отстают на {duration}</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} ч {minutes} мин</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} мин</translation>
    </message>
    <message>
        <source>{needing} of {total} kiosks need a visit</source>
        <translation>К {needing} из {total} киосков нужен выезд</translation>
    </message>
    <message>
        <source>{percent}% useful ({yes} of {total})</source>
        <translation>полезно: {percent}% ({yes} из {total})</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} с</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
</context>
</TS>
