"""What staff read on the kiosk's screen, in the six languages: printer messages and the status box.

Staff at a mobile visa office read the staff menu in the language the kiosk is
in. A message is made of :class:`Notice`\\ s, a key and its values, and said in
any language by :func:`say`; :mod:`kiosk.printing` builds its messages this way
(their English is what it logs and what its exceptions say). Technical detail
stays as it is in every language: queue names, the commands to type, the
printer's own words, the CUPS keywords this table does not know.

Uzbek Cyrillic is made from Uzbek Latin, leaving ``{values}`` as they are.
Placeholders never take a case ending: a value stands after a colon or in
brackets, so the sentence reads right whatever it holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic


@dataclass(frozen=True)
class Notice:
    """One sentence for staff: a key of :data:`_TEXTS` and the values it names."""

    key: str
    values: tuple[tuple[str, str], ...] = ()

    @classmethod
    def of(cls, key: str, **values: object) -> Notice:
        if key not in _TEXTS["en"]:
            raise KeyError(f"no staff text {key!r}")
        return cls(key, tuple((name, str(value)) for name, value in values.items()))


# {because} is " (the printer's own words)" when there are any, else nothing;
# {problems} and {warnings} are printer-state-reasons keywords, said with _REASONS.
_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "no_scheduler": "The print server (CUPS) at {server} is not running or not answering: {detail}. "
                        "Start it: systemctl start cups (where there is no systemd: start cupsd).",
        "no_client": "Cannot tell which print server to use: {detail}.",
        "no_such_queue": "There is no print queue {queue!r} on {server}. Add it (lpadmin -p {queue} -E "
                         "-v <device-uri> -m <driver>; lpinfo -v lists devices), or set printer.queue to a "
                         "queue that lpstat -p lists.",
        "paper_out": "The receipt printer (queue {queue!r}) is {problems}{because}.",
        "needs_attention": "The receipt printer (queue {queue!r}) needs attention: {problems}{because}.",
        "resume": "Then resume the queue: {commands}.",
        "stopped": "Print queue {queue!r} is stopped{because}. Fix the printer, then resume the queue: {commands}.",
        "rejecting": "Print queue {queue!r} is not accepting jobs{because}. Accept jobs again: cupsaccept {queue}.",
        "ready_idle": "Print queue {queue!r} is ready (idle).",
        "ready_printing": "Print queue {queue!r} is ready (printing).",
        "soon": "Soon: {warnings}.",
        "job_forgotten": "The print server has no record of job {job} any more; whether it printed is not known.",
        "job_printed": "Job {job} printed.",
        "job_aborted": "Job {job} failed: the print server gave up on it{because}.",
        "job_cancelled": "Job {job} was cancelled.",
        "job_stopped": "Job {job} stopped part way{because}; it will not finish without staff.",
        "job_waiting": "Job {job} is waiting in a stopped queue.",
        "job_pending": "Job {job} had not printed after {seconds} s.",
        "not_cancelled": "It could not be cancelled:",
        "withdrawn": "The kiosk cancelled it so that it cannot print later for someone else.",
        "lp_timeout": "The print server did not take the receipt within {seconds} s (lp timed out). "
                      "Check lpstat -o {queue} for a stray job.",
        "no_tool": "Cannot reach the print server: {detail}.",
        "refused": "Print queue {queue!r} refused the receipt: {detail}",
        "job_query_refused": "The print server at {server} refused to say how job {job} is: {detail}.",
        "cancel_timeout": "The print server did not answer within {seconds} s when asked to cancel {job}.",
        "cannot_cancel_tool": "Cannot cancel {job}: {detail}.",
        "cannot_cancel": "Cannot cancel {job}: {detail}",
        "receipt_not_made": "The receipt could not be made: {detail}",
        "reprint_failed": "Reprint failed: {detail}",
        "version": "Kiosk version {version}",
        "configuration": "Configuration: {source}",
        "configuration_defaults": "Configuration: the built-in defaults (no configuration file)",
        "data_dir": "Data directory: {path}",
        "central": "Central service: {url}",
        "central_none": "Central service: none configured (offline only)",
        "sync_not_enrolled": ("Central service: this kiosk is not enrolled"
                             " (it works on the data it has; enrol it with `kiosk enroll URL CODE`)"),
        "sync_online": "Central service: {url}, reachable",
        "sync_offline": "Central service: {url}, not reachable now (the kiosk keeps working on the data it has)",
        "sync_release": "Data release installed: {release}",
        "sync_release_none": "Data release installed: none yet (the bundled data)",
        "sync_last_success": "Last successful synchronisation: {at}",
        "sync_outbox": "Waiting to be sent: {waiting}; set aside for staff: {parked}",
        "sync_last_error": "Last synchronisation problem: {error}",
        "printer_queue": "Printer queue: {queue}",
        "demo_pin": "WARNING: the demo staff PIN is in use; set staff.pin_hash",
        "cache_closed": "Local cache: not open",
        "cache": "Local cache: schema {schema}, {topics} topics, content {source}",
        "cache_no_content": "Local cache: schema {schema}, {topics} topics, no content yet",
        "event": "Event, {at}: {kind}: {detail}",
        "status_unavailable": "Status unavailable: {detail}",
        "cannot_save": "CANNOT SAVE: bookings and reports are refused until this is fixed. {detail}",
    },
    "ru": {
        "no_scheduler": "Сервер печати (CUPS) не запущен или не отвечает ({server}): {detail}. "
                        "Запустите его: systemctl start cups (где нет systemd: запустите cupsd).",
        "no_client": "Не удаётся определить, какой сервер печати использовать: {detail}.",
        "no_such_queue": "Очереди печати {queue!r} нет на сервере {server}. Добавьте её (lpadmin -p {queue} -E "
                         "-v <device-uri> -m <driver>; lpinfo -v покажет устройства) или укажите в printer.queue "
                         "очередь из списка lpstat -p.",
        "paper_out": "Принтер талонов (очередь {queue!r}): {problems}{because}.",
        "needs_attention": "Принтер талонов (очередь {queue!r}) требует внимания: {problems}{because}.",
        "resume": "Затем возобновите очередь: {commands}.",
        "stopped": "Очередь печати {queue!r} остановлена{because}. Исправьте принтер, затем возобновите очередь: "
                   "{commands}.",
        "rejecting": "Очередь печати {queue!r} не принимает задания{because}. Включите приём заданий: "
                     "cupsaccept {queue}.",
        "ready_idle": "Очередь печати {queue!r} готова (свободна).",
        "ready_printing": "Очередь печати {queue!r} готова (идёт печать).",
        "soon": "Скоро: {warnings}.",
        "job_forgotten": "У сервера печати больше нет сведений о задании {job}; напечатано ли оно, неизвестно.",
        "job_printed": "Задание {job} напечатано.",
        "job_aborted": "Задание {job} не выполнено: сервер печати отказался от него{because}.",
        "job_cancelled": "Задание {job} отменено.",
        "job_stopped": "Задание {job} остановилось на середине{because}; без сотрудника оно не завершится.",
        "job_waiting": "Задание {job} ждёт в остановленной очереди.",
        "job_pending": "Задание {job} не напечаталось за {seconds} с.",
        "not_cancelled": "Отменить его не удалось:",
        "withdrawn": "Киоск отменил его, чтобы талон не напечатался позже для другого человека.",
        "lp_timeout": "Сервер печати не принял талон за {seconds} с (истекло время lp). "
                      "Проверьте lpstat -o {queue}: не осталось ли там задания.",
        "no_tool": "Нет связи с сервером печати: {detail}.",
        "refused": "Очередь печати {queue!r} не приняла талон: {detail}",
        "job_query_refused": "Сервер печати ({server}) не сообщил состояние задания {job}: {detail}.",
        "cancel_timeout": "Сервер печати не ответил за {seconds} с на просьбу отменить {job}.",
        "cannot_cancel_tool": "Не удаётся отменить {job}: {detail}.",
        "cannot_cancel": "Не удаётся отменить {job}: {detail}",
        "receipt_not_made": "Не удалось подготовить талон: {detail}",
        "reprint_failed": "Повторная печать не удалась: {detail}",
        "version": "Версия киоска: {version}",
        "configuration": "Настройки: {source}",
        "configuration_defaults": "Настройки: встроенные по умолчанию (файла настроек нет)",
        "data_dir": "Папка данных: {path}",
        "central": "Центральный сервис: {url}",
        "central_none": "Центральный сервис: не настроен (только без сети)",
        "sync_not_enrolled": ("Центральный сервис: киоск не подключён"
                             " (работает на своих данных; подключите: `kiosk enroll URL CODE`)"),
        "sync_online": "Центральный сервис: {url}, на связи",
        "sync_offline": "Центральный сервис: {url}, сейчас нет связи (киоск работает на своих данных)",
        "sync_release": "Установленный выпуск данных: {release}",
        "sync_release_none": "Установленный выпуск данных: пока нет (встроенные данные)",
        "sync_last_success": "Последняя успешная синхронизация: {at}",
        "sync_outbox": "Ждут отправки: {waiting}; отложено для сотрудников: {parked}",
        "sync_last_error": "Последняя проблема синхронизации: {error}",
        "printer_queue": "Очередь принтера: {queue}",
        "demo_pin": "ВНИМАНИЕ: используется пробный PIN-код сотрудников; задайте staff.pin_hash",
        "cache_closed": "Локальный кэш: не открыт",
        "cache": "Локальный кэш: схема {schema}, тем: {topics}, содержимое: {source}",
        "cache_no_content": "Локальный кэш: схема {schema}, тем: {topics}, содержимого пока нет",
        "event": "Событие, {at}: {kind}: {detail}",
        "status_unavailable": "Состояние недоступно: {detail}",
        "cannot_save": "СОХРАНЕНИЕ НЕВОЗМОЖНО: записи и жалобы не принимаются, пока это не исправят. {detail}",
    },
    "uz-Latn": {
        "no_scheduler": "Chop etish serveri (CUPS) ishlamayapti yoki javob bermayapti ({server}): {detail}. "
                        "Uni ishga tushiring: systemctl start cups (systemd boʻlmasa: cupsd ni ishga tushiring).",
        "no_client": "Qaysi chop etish serveridan foydalanishni aniqlab boʻlmadi: {detail}.",
        "no_such_queue": "Serverda chop etish navbati yoʻq: {queue!r} ({server}). Uni qoʻshing (lpadmin -p {queue} "
                         "-E -v <device-uri> -m <driver>; qurilmalarni lpinfo -v koʻrsatadi) yoki printer.queue ga "
                         "lpstat -p roʻyxatidagi navbatni yozing.",
        "paper_out": "Talon printeri (navbat {queue!r}): {problems}{because}.",
        "needs_attention": "Talon printeri (navbat {queue!r}) eʼtibor talab qiladi: {problems}{because}.",
        "resume": "Keyin navbatni qayta ishga tushiring: {commands}.",
        "stopped": "Chop etish navbati toʻxtatilgan{because}: {queue!r}. Printerni tuzating, keyin navbatni qayta "
                   "ishga tushiring: {commands}.",
        "rejecting": "Chop etish navbati vazifalarni qabul qilmayapti{because}: {queue!r}. Qabulni yoqing: "
                     "cupsaccept {queue}.",
        "ready_idle": "Chop etish navbati tayyor (boʻsh): {queue!r}.",
        "ready_printing": "Chop etish navbati tayyor (chop etilmoqda): {queue!r}.",
        "soon": "Tez orada: {warnings}.",
        "job_forgotten": "Chop etish serverida endi bu vazifa haqida maʼlumot yoʻq: {job}. Chop etilgani nomaʼlum.",
        "job_printed": "Vazifa chop etildi: {job}.",
        "job_aborted": "Vazifa bajarilmadi, chop etish serveri undan voz kechdi{because}: {job}.",
        "job_cancelled": "Vazifa bekor qilindi: {job}.",
        "job_stopped": "Vazifa yarmida toʻxtadi{because}: {job}. Xodimsiz u tugamaydi.",
        "job_waiting": "Vazifa toʻxtatilgan navbatda kutmoqda: {job}.",
        "job_pending": "Vazifa chop etilmadi ({seconds} s oʻtdi): {job}.",
        "not_cancelled": "Uni bekor qilib boʻlmadi:",
        "withdrawn": "Kiosk uni bekor qildi, talon keyinroq boshqa odam uchun chop etilmasin.",
        "lp_timeout": "Chop etish serveri talonni {seconds} s ichida qabul qilmadi (lp vaqti tugadi). "
                      "lpstat -o {queue} ni tekshiring: unda vazifa qolmadimi.",
        "no_tool": "Chop etish serveriga ulanib boʻlmadi: {detail}.",
        "refused": "Chop etish navbati talonni qabul qilmadi ({queue!r}): {detail}",
        "job_query_refused": "Chop etish serveri ({server}) vazifa holatini aytmadi ({job}): {detail}.",
        "cancel_timeout": "Chop etish serveri bekor qilish soʻroviga {seconds} s ichida javob bermadi: {job}.",
        "cannot_cancel_tool": "Bekor qilib boʻlmadi ({job}): {detail}.",
        "cannot_cancel": "Bekor qilib boʻlmadi ({job}): {detail}",
        "receipt_not_made": "Talonni tayyorlab boʻlmadi: {detail}",
        "reprint_failed": "Qayta chop etib boʻlmadi: {detail}",
        "version": "Kiosk versiyasi: {version}",
        "configuration": "Sozlamalar: {source}",
        "configuration_defaults": "Sozlamalar: oʻrnatilgan standart qiymatlar (sozlamalar fayli yoʻq)",
        "data_dir": "Maʼlumotlar papkasi: {path}",
        "central": "Markaziy xizmat: {url}",
        "central_none": "Markaziy xizmat: sozlanmagan (faqat internetsiz)",
        "sync_not_enrolled": ("Markaziy xizmat: kiosk ulanmagan"
                             " (oʻz maʼlumotlarida ishlaydi; ulash: `kiosk enroll URL CODE`)"),
        "sync_online": "Markaziy xizmat: {url}, aloqa bor",
        "sync_offline": "Markaziy xizmat: {url}, hozir aloqa yoʻq (kiosk oʻz maʼlumotlarida ishlayveradi)",
        "sync_release": "Oʻrnatilgan maʼlumotlar nashri: {release}",
        "sync_release_none": "Oʻrnatilgan maʼlumotlar nashri: hali yoʻq (ichki maʼlumotlar)",
        "sync_last_success": "Oxirgi muvaffaqiyatli sinxronlash: {at}",
        "sync_outbox": "Yuborilishini kutmoqda: {waiting}; xodimlar uchun chetga olingan: {parked}",
        "sync_last_error": "Oxirgi sinxronlash muammosi: {error}",
        "printer_queue": "Printer navbati: {queue}",
        "demo_pin": "DIQQAT: xodimlarning sinov PIN-kodi ishlatilmoqda; staff.pin_hash ni oʻrnating",
        "cache_closed": "Mahalliy kesh: ochilmagan",
        "cache": "Mahalliy kesh: sxema {schema}, mavzular: {topics}, kontent: {source}",
        "cache_no_content": "Mahalliy kesh: sxema {schema}, mavzular: {topics}, kontent hali yoʻq",
        "event": "Hodisa, {at}: {kind}: {detail}",
        "status_unavailable": "Holatni bilib boʻlmadi: {detail}",
        "cannot_save": "SAQLAB BOʻLMAYDI: buni tuzatmaguncha yozilish va shikoyatlar qabul qilinmaydi. {detail}",
    },
    "ky": {
        "no_scheduler": "Басып чыгаруу сервери (CUPS) иштебей же жооп бербей жатат ({server}): {detail}. "
                        "Аны иштетиңиз: systemctl start cups (systemd жок болсо: cupsd иштетиңиз).",
        "no_client": "Кайсы басып чыгаруу серверин колдонуу керектигин аныктоо мүмкүн болгон жок: {detail}.",
        "no_such_queue": "Серверде мындай басып чыгаруу кезеги жок: {queue!r} ({server}). Аны кошуңуз (lpadmin -p "
                         "{queue} -E -v <device-uri> -m <driver>; түзмөктөрдү lpinfo -v көрсөтөт) же printer.queue "
                         "үчүн lpstat -p тизмесиндеги кезекти жазыңыз.",
        "paper_out": "Талон принтери (кезек {queue!r}): {problems}{because}.",
        "needs_attention": "Талон принтери (кезек {queue!r}) көңүл бурууну талап кылат: {problems}{because}.",
        "resume": "Андан кийин кезекти кайра иштетиңиз: {commands}.",
        "stopped": "Басып чыгаруу кезеги токтотулган{because}: {queue!r}. Принтерди оңдоп, андан кийин кезекти "
                   "кайра иштетиңиз: {commands}.",
        "rejecting": "Басып чыгаруу кезеги тапшырмаларды кабыл албай жатат{because}: {queue!r}. Кабыл алууну "
                     "күйгүзүңүз: cupsaccept {queue}.",
        "ready_idle": "Басып чыгаруу кезеги даяр (бош): {queue!r}.",
        "ready_printing": "Басып чыгаруу кезеги даяр (басылып жатат): {queue!r}.",
        "soon": "Жакында: {warnings}.",
        "job_forgotten": "Басып чыгаруу серверинде бул тапшырма тууралуу маалымат калган жок: {job}. "
                         "Басылганы белгисиз.",
        "job_printed": "Тапшырма басылды: {job}.",
        "job_aborted": "Тапшырма аткарылган жок, басып чыгаруу сервери андан баш тартты{because}: {job}.",
        "job_cancelled": "Тапшырма жокко чыгарылды: {job}.",
        "job_stopped": "Тапшырма жарымында токтоп калды{because}: {job}. Кызматкерсиз ал бүтпөйт.",
        "job_waiting": "Тапшырма токтотулган кезекте күтүп турат: {job}.",
        "job_pending": "Тапшырма басылган жок ({seconds} с өттү): {job}.",
        "not_cancelled": "Аны жокко чыгаруу мүмкүн болгон жок:",
        "withdrawn": "Киоск аны жокко чыгарды, талон кийин башка бирөө үчүн басылып калбашы үчүн.",
        "lp_timeout": "Басып чыгаруу сервери талонду {seconds} с ичинде кабыл алган жок (lp убактысы бүттү). "
                      "lpstat -o {queue} текшериңиз: анда тапшырма калган жокпу.",
        "no_tool": "Басып чыгаруу серверине туташуу мүмкүн болгон жок: {detail}.",
        "refused": "Басып чыгаруу кезеги талонду кабыл алган жок ({queue!r}): {detail}",
        "job_query_refused": "Басып чыгаруу сервери ({server}) тапшырманын абалын айткан жок ({job}): {detail}.",
        "cancel_timeout": "Басып чыгаруу сервери жокко чыгаруу өтүнүчүнө {seconds} с ичинде жооп берген жок: {job}.",
        "cannot_cancel_tool": "Жокко чыгаруу мүмкүн болгон жок ({job}): {detail}.",
        "cannot_cancel": "Жокко чыгаруу мүмкүн болгон жок ({job}): {detail}",
        "receipt_not_made": "Талонду даярдоо мүмкүн болгон жок: {detail}",
        "reprint_failed": "Кайра басып чыгаруу мүмкүн болгон жок: {detail}",
        "version": "Киоскнун версиясы: {version}",
        "configuration": "Жөндөөлөр: {source}",
        "configuration_defaults": "Жөндөөлөр: демейки маанилер (жөндөөлөр файлы жок)",
        "data_dir": "Маалыматтар папкасы: {path}",
        "central": "Борбордук кызмат: {url}",
        "central_none": "Борбордук кызмат: жөндөлгөн эмес (интернетсиз гана)",
        "sync_not_enrolled": ("Борбордук кызмат: киоск туташтырылган эмес"
                             " (өз маалыматтары менен иштейт; туташтыруу: `kiosk enroll URL CODE`)"),
        "sync_online": "Борбордук кызмат: {url}, байланыш бар",
        "sync_offline": "Борбордук кызмат: {url}, азыр байланыш жок (киоск өз маалыматтары менен иштей берет)",
        "sync_release": "Орнотулган маалымат чыгарылышы: {release}",
        "sync_release_none": "Орнотулган маалымат чыгарылышы: азырынча жок (ичке салынган маалыматтар)",
        "sync_last_success": "Акыркы ийгиликтүү шайкештештирүү: {at}",
        "sync_outbox": "Жөнөтүүнү күтүүдө: {waiting}; кызматкерлер үчүн четке коюлган: {parked}",
        "sync_last_error": "Акыркы шайкештештирүү көйгөйү: {error}",
        "printer_queue": "Принтердин кезеги: {queue}",
        "demo_pin": "ЭСКЕРТҮҮ: кызматкерлердин сыноо PIN-коду колдонулууда; staff.pin_hash коюңуз",
        "cache_closed": "Жергиликтүү кэш: ачылган жок",
        "cache": "Жергиликтүү кэш: схема {schema}, темалар: {topics}, мазмун: {source}",
        "cache_no_content": "Жергиликтүү кэш: схема {schema}, темалар: {topics}, мазмун азырынча жок",
        "event": "Окуя, {at}: {kind}: {detail}",
        "status_unavailable": "Абалды билүү мүмкүн болгон жок: {detail}",
        "cannot_save": "САКТОО МҮМКҮН ЭМЕС: бул оңдолмоюнча жазылуулар жана арыздар кабыл алынбайт. {detail}",
    },
    "tg": {
        "no_scheduler": "Сервери чоп (CUPS) кор намекунад ё ҷавоб намедиҳад ({server}): {detail}. "
                        "Онро оғоз кунед: systemctl start cups (агар systemd набошад: cupsd-ро оғоз кунед).",
        "no_client": "Муайян кардан ғайриимкон аст, ки кадом сервери чоп истифода шавад: {detail}.",
        "no_such_queue": "Дар сервер чунин навбати чоп нест: {queue!r} ({server}). Онро илова кунед (lpadmin -p "
                         "{queue} -E -v <device-uri> -m <driver>; дастгоҳҳоро lpinfo -v нишон медиҳад) ё дар "
                         "printer.queue навбатеро аз рӯйхати lpstat -p нависед.",
        "paper_out": "Принтери талонҳо (навбат {queue!r}): {problems}{because}.",
        "needs_attention": "Принтери талонҳо (навбат {queue!r}) диққат талаб мекунад: {problems}{because}.",
        "resume": "Баъд навбатро аз нав оғоз кунед: {commands}.",
        "stopped": "Навбати чоп боздошта шудааст{because}: {queue!r}. Принтерро ислоҳ кунед, баъд навбатро аз нав "
                   "оғоз кунед: {commands}.",
        "rejecting": "Навбати чоп супоришҳоро қабул намекунад{because}: {queue!r}. Қабулро дубора фаъол кунед: "
                     "cupsaccept {queue}.",
        "ready_idle": "Навбати чоп омода аст (холӣ): {queue!r}.",
        "ready_printing": "Навбати чоп омода аст (чоп мешавад): {queue!r}.",
        "soon": "Ба наздикӣ: {warnings}.",
        "job_forgotten": "Дар сервери чоп дигар маълумот дар бораи ин супориш нест: {job}. Чоп шудани он маълум нест.",
        "job_printed": "Супориш чоп шуд: {job}.",
        "job_aborted": "Супориш иҷро нашуд, сервери чоп аз он даст кашид{because}: {job}.",
        "job_cancelled": "Супориш бекор карда шуд: {job}.",
        "job_stopped": "Супориш дар нимаи роҳ қатъ шуд{because}: {job}. Бе корманд он ба охир намерасад.",
        "job_waiting": "Супориш дар навбати боздошташуда интизор аст: {job}.",
        "job_pending": "Супориш чоп нашуд ({seconds} с гузашт): {job}.",
        "not_cancelled": "Бекор кардани он муяссар нашуд:",
        "withdrawn": "Киоск онро бекор кард, то ки талон баъдтар барои шахси дигар чоп нашавад.",
        "lp_timeout": "Сервери чоп талонро дар {seconds} с қабул накард (вақти lp тамом шуд). "
                      "lpstat -o {queue}-ро санҷед: оё дар он супориш намондааст.",
        "no_tool": "Пайвастшавӣ ба сервери чоп муяссар нашуд: {detail}.",
        "refused": "Навбати чоп талонро қабул накард ({queue!r}): {detail}",
        "job_query_refused": "Сервери чоп ({server}) ҳолати супоришро нагуфт ({job}): {detail}.",
        "cancel_timeout": "Сервери чоп ба дархости бекоркунӣ дар {seconds} с ҷавоб надод: {job}.",
        "cannot_cancel_tool": "Бекор кардан муяссар нашуд ({job}): {detail}.",
        "cannot_cancel": "Бекор кардан муяссар нашуд ({job}): {detail}",
        "receipt_not_made": "Тайёр кардани талон муяссар нашуд: {detail}",
        "reprint_failed": "Аз нав чоп кардан муяссар нашуд: {detail}",
        "version": "Версияи киоск: {version}",
        "configuration": "Танзимот: {source}",
        "configuration_defaults": "Танзимот: қиматҳои пешфарз (файли танзимот нест)",
        "data_dir": "Ҷузвдони маълумот: {path}",
        "central": "Хадамоти марказӣ: {url}",
        "central_none": "Хадамоти марказӣ: танзим нашудааст (танҳо бе интернет)",
        "sync_not_enrolled": ("Хадамоти марказӣ: киоск пайваст нашудааст"
                             " (бо маълумоти худ кор мекунад; пайваст кардан: `kiosk enroll URL CODE`)"),
        "sync_online": "Хадамоти марказӣ: {url}, алоқа ҳаст",
        "sync_offline": "Хадамоти марказӣ: {url}, ҳоло алоқа нест (киоск бо маълумоти худ кор мекунад)",
        "sync_release": "Нашри насбшудаи маълумот: {release}",
        "sync_release_none": "Нашри насбшудаи маълумот: ҳоло нест (маълумоти дарунсохт)",
        "sync_last_success": "Охирин ҳамоҳангсозии бомуваффақият: {at}",
        "sync_outbox": "Интизори фиристодан: {waiting}; барои кормандон ҷудо шудааст: {parked}",
        "sync_last_error": "Охирин мушкили ҳамоҳангсозӣ: {error}",
        "printer_queue": "Навбати принтер: {queue}",
        "demo_pin": "ДИҚҚАТ: PIN-и озмоишии кормандон истифода мешавад; staff.pin_hash-ро гузоред",
        "cache_closed": "Кэши маҳаллӣ: кушода нашудааст",
        "cache": "Кэши маҳаллӣ: нақша {schema}, мавзӯъҳо: {topics}, мӯҳтаво: {source}",
        "cache_no_content": "Кэши маҳаллӣ: нақша {schema}, мавзӯъҳо: {topics}, мӯҳтаво ҳоло нест",
        "event": "Ҳодиса, {at}: {kind}: {detail}",
        "status_unavailable": "Ҳолатро донистан муяссар нашуд: {detail}",
        "cannot_save": "ЗАХИРА КАРДАН ҒАЙРИИМКОН: то ислоҳ нашавад, қайд ва шикоятҳо қабул намешаванд. {detail}",
    },
}

# printer-state-reasons keywords (RFC 8011 §5.4.12, PWG 5100.9) without their -error/-warning/-report
# suffix, as staff should read them. Others are shown as their words.
_REASONS: dict[str, dict[str, str]] = {
    "en": {
        "media-empty": "out of paper: load a new roll",
        "media-needed": "needs paper: load a new roll",
        "media-low": "paper is running low",
        "media-jam": "paper jam: open the printer and clear it",
        "door-open": "a door is open: close it",
        "cover-open": "the cover is open: close it",
        "offline": "the printer is offline: check it is switched on and its cable is plugged in",
        "shutdown": "the printer is switched off: switch it on",
        "output-area-full": "the output tray is full: take the receipts out",
        "output-area-almost-full": "the output tray is almost full",
        "marker-supply-empty": "out of ink or toner",
        "marker-supply-low": "ink or toner is running low",
        "toner-empty": "out of toner",
        "toner-low": "toner is running low",
        "input-tray-missing": "the paper tray is missing: put it back",
        "spool-area-full": "the print server's spool area is full",
    },
    "ru": {
        "media-empty": "закончилась бумага: вставьте новый рулон",
        "media-needed": "нужна бумага: вставьте новый рулон",
        "media-low": "бумага заканчивается",
        "media-jam": "замятие бумаги: откройте принтер и уберите её",
        "door-open": "открыта дверца: закройте её",
        "cover-open": "открыта крышка: закройте её",
        "offline": "принтер не на связи: проверьте, что он включён и кабель подключён",
        "shutdown": "принтер выключен: включите его",
        "output-area-full": "лоток выдачи полон: заберите талоны",
        "output-area-almost-full": "лоток выдачи почти полон",
        "marker-supply-empty": "закончились чернила или тонер",
        "marker-supply-low": "чернила или тонер заканчиваются",
        "toner-empty": "закончился тонер",
        "toner-low": "тонер заканчивается",
        "input-tray-missing": "нет лотка для бумаги: вставьте его на место",
        "spool-area-full": "на сервере печати переполнена область очереди",
    },
    "uz-Latn": {
        "media-empty": "qogʻoz tugadi: yangi rulon qoʻying",
        "media-needed": "qogʻoz kerak: yangi rulon qoʻying",
        "media-low": "qogʻoz tugab bormoqda",
        "media-jam": "qogʻoz tiqilib qoldi: printerni ochib, uni olib tashlang",
        "door-open": "eshikcha ochiq: uni yoping",
        "cover-open": "qopqoq ochiq: uni yoping",
        "offline": "printer aloqada emas: u yoqilganini va kabeli ulanganini tekshiring",
        "shutdown": "printer oʻchiq: uni yoqing",
        "output-area-full": "chiqish tarnovi toʻla: talonlarni oling",
        "output-area-almost-full": "chiqish tarnovi deyarli toʻla",
        "marker-supply-empty": "siyoh yoki toner tugadi",
        "marker-supply-low": "siyoh yoki toner tugab bormoqda",
        "toner-empty": "toner tugadi",
        "toner-low": "toner tugab bormoqda",
        "input-tray-missing": "qogʻoz tarnovi yoʻq: uni joyiga qoʻying",
        "spool-area-full": "chop etish serverining navbat joyi toʻlgan",
    },
    "ky": {
        "media-empty": "кагаз түгөндү: жаңы рулон салыңыз",
        "media-needed": "кагаз керек: жаңы рулон салыңыз",
        "media-low": "кагаз түгөнүп баратат",
        "media-jam": "кагаз кысылып калды: принтерди ачып, аны алып салыңыз",
        "door-open": "эшикче ачык: аны жабыңыз",
        "cover-open": "капкак ачык: аны жабыңыз",
        "offline": "принтер байланышта эмес: күйгүзүлгөнүн жана кабели сайылганын текшериңиз",
        "shutdown": "принтер өчүк: аны күйгүзүңүз",
        "output-area-full": "чыгуу науасы толду: талондорду алыңыз",
        "output-area-almost-full": "чыгуу науасы дээрлик толду",
        "marker-supply-empty": "сыя же тонер түгөндү",
        "marker-supply-low": "сыя же тонер түгөнүп баратат",
        "toner-empty": "тонер түгөндү",
        "toner-low": "тонер түгөнүп баратат",
        "input-tray-missing": "кагаз науасы жок: аны ордуна салыңыз",
        "spool-area-full": "басып чыгаруу серверинин кезек аймагы толду",
    },
    "tg": {
        "media-empty": "коғаз тамом шуд: рулони навро гузоред",
        "media-needed": "коғаз лозим аст: рулони навро гузоред",
        "media-low": "коғаз тамом шуда истодааст",
        "media-jam": "коғаз дармонд: принтерро кушоед ва онро бароред",
        "door-open": "дарча кушода аст: онро пӯшед",
        "cover-open": "сарпӯш кушода аст: онро пӯшед",
        "offline": "принтер дар пайваст нест: санҷед, ки он фаъол аст ва кабелаш пайваст аст",
        "shutdown": "принтер хомӯш аст: онро фаъол кунед",
        "output-area-full": "табақи баромад пур аст: талонҳоро гиред",
        "output-area-almost-full": "табақи баромад қариб пур аст",
        "marker-supply-empty": "ранг ё тонер тамом шуд",
        "marker-supply-low": "ранг ё тонер тамом шуда истодааст",
        "toner-empty": "тонер тамом шуд",
        "toner-low": "тонер тамом шуда истодааст",
        "input-tray-missing": "табақи коғаз нест: онро ба ҷояш гузоред",
        "spool-area-full": "ҷойи навбати сервери чоп пур шудааст",
    },
}

# The kinds of event the kiosk records (Store.record_event), as the status box names them.
_EVENT_KINDS: dict[str, dict[str, str]] = {
    "en": {"printer": "printer", "device key": "device key", "database_rebuilt": "database rebuilt"},
    "ru": {"printer": "принтер", "device key": "ключ устройства", "database_rebuilt": "база данных пересоздана"},
    "uz-Latn": {"printer": "printer", "device key": "qurilma kaliti",
                "database_rebuilt": "maʼlumotlar bazasi qayta yaratildi"},
    "ky": {"printer": "принтер", "device key": "түзмөктүн ачкычы", "database_rebuilt": "маалымат базасы кайра түзүлдү"},
    "tg": {"printer": "принтер", "device key": "калиди дастгоҳ", "database_rebuilt": "пойгоҳи додаҳо аз нав сохта шуд"},
}

_TABLES = (_TEXTS, _REASONS, _EVENT_KINDS)
assert all(set(table) | {"uz-Cyrl"} == set(languages.TAGS) for table in _TABLES)
assert all(set(words) == set(table["en"]) for table in _TABLES for words in table.values()), "every key, every language"

_FIELD = re.compile(r"(\{\w+(?:![rs])?\})")
_LIST_VALUES = frozenset({"problems", "warnings"})


def _to_cyrillic(text: str) -> str:
    """Uzbek Latin to Cyrillic, leaving ``{values}`` as they are."""
    return "".join(part if _FIELD.fullmatch(part) else latin_to_cyrillic(part) for part in _FIELD.split(text))


@cache
def _table(table: int, language: str) -> dict[str, str]:
    languages.get(language)  # UnknownLanguage for anything else
    words = _TABLES[table]
    if language == "uz-Cyrl":
        return {key: _to_cyrillic(text) for key, text in words["uz-Latn"].items()}
    return words[language]


def texts(language: str) -> dict[str, str]:
    """Every message template in ``language`` (for the glossary check)."""
    return _table(0, language)


def reason_text(reason: str, language: str) -> str:
    """A printer-state-reasons keyword (without suffix) in ``language``; an unknown one as its words."""
    return _table(1, language).get(reason, reason.replace("-", " "))


def event_kind(kind: str, language: str) -> str:
    return _table(2, language).get(kind, kind)


def say(notices: Notice | Sequence[Notice], language: str) -> str:
    """The sentences of ``notices`` in ``language``, joined by spaces."""
    if isinstance(notices, Notice):
        notices = (notices,)
    return " ".join(_say_one(notice, language) for notice in notices)


def _say_one(notice: Notice, language: str) -> str:
    values = dict(notice.values)
    for name in _LIST_VALUES & set(values):
        values[name] = "; ".join(reason_text(reason, language) for reason in values[name].split(",") if reason)
    said = values.get("said", "").strip()
    values["because"] = f" ({said})" if said else ""
    return _table(0, language)[notice.key].format(**values)


def encode(notices: Iterable[Notice]) -> str:
    """``notices`` as one line of JSON, to keep in the events table and say later in any language."""
    return json.dumps({"notices": [[notice.key, dict(notice.values)] for notice in notices]}, ensure_ascii=False)


def decode(text: str) -> tuple[Notice, ...] | None:
    """What :func:`encode` wrote, or None for any other text (an event recorded in plain words)."""
    if not text.startswith('{"notices"'):
        return None
    try:
        items = json.loads(text)["notices"]
        notices = tuple(Notice(str(key), tuple((str(k), str(v)) for k, v in values.items())) for key, values in items)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    return notices if all(notice.key in _TEXTS["en"] for notice in notices) else None
