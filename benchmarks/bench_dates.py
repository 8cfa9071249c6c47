"""Time of `find_dates` on a 500-word Spanish article: median of 200 warm runs.

    .venv/bin/python benchmarks/bench_dates.py [--runs 200]

Each run gets a distinct copy of the article (a different closing line), so the per-text
caches of the tense helper do not turn warm runs into cache hits.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from communique.stages.dates import find_dates
from communique.stages.sentences import split_sentences

ARTICLE = """El presidente ruso, Vladimir Putin, y su par estadounidense, Joe Biden, discutieron el jueves las recientes propuestas de seguridad de Rusia durante su llamada telefónica, según informó el Kremlin en un comunicado difundido la víspera de Año Nuevo.

«Ambos líderes discutieron los acuerdos alcanzados durante sus consultas previas el 7 de diciembre, incluida la decisión de iniciar negociaciones sobre la provisión de garantías legales para la seguridad de Rusia», aseguró el Kremlin en un comunicado.

Putin explicó los principios subyacentes detrás del borrador del tratado de seguridad entre Rusia y Estados Unidos, y del borrador del acuerdo entre Rusia y los Estados miembros de la Organización del Tratado del Atlántico Norte (OTAN), que Moscú presentó hace dos semanas.

Además, se enfatizó que el resultado de la cooperación conjunta debería brindar garantías legales contra la expansión hacia el este de la OTAN y el despliegue de sistemas armamentísticos de la alianza cerca de las fronteras de Rusia, un asunto que ambos ya habían tratado en la cumbre de Ginebra del 16 de junio.

Putin y Biden coincidieron en la importancia de un diálogo serio y significativo sobre estos asuntos y confirmaron que las próximas conversaciones de seguridad entre Moscú y Washington se llevarán a cabo en tres formatos a principios de enero.

La primera ronda de negociaciones tendrá lugar en Ginebra, del 9 al 10 de enero de 2022, posteriormente continuarán en Bruselas en el marco del Consejo OTAN-Rusia el 12 de enero, y dentro de la Organización para la Seguridad y la Cooperación en Europa el 13 de enero. Al día siguiente, los ministros de Exteriores de la Unión Europea celebrarán una reunión informal en Brest.

Biden, a su vez, enfatizó que Rusia y Estados Unidos tienen una responsabilidad especial en garantizar la estabilidad en Europa y el mundo, y aseguró que Washington no desplegará armas ofensivas en Ucrania. El secretario de Estado, Antony Blinken, había hablado con su homólogo ruso el pasado martes y volverá a hacerlo la próxima semana.

Putin señaló que imponer sanciones de amplio alcance contra Rusia en caso de una posible escalada de eventos sería un «grave error» y podría conducir a una «ruptura importante de los lazos entre Rusia y Estados Unidos», según la transcripción publicada ayer por la noche.

Ambos presidentes acordaron continuar el diálogo y monitorear de cerca todas las próximas negociaciones, que según fuentes diplomáticas podrían prolongarse hasta finales de febrero o incluso hasta mediados de 2022. La OTAN, por su parte, celebrará una reunión de ministros de Defensa en febrero.

El portavoz del Kremlin, Dmitri Peskov, dijo hoy que el Gobierno ruso espera una respuesta por escrito dentro de diez días y que la delegación rusa viajará a Ginebra el próximo domingo. Los analistas recuerdan que la última cumbre bilateral, celebrada en 2021, apenas produjo resultados concretos más allá de una declaración sobre estabilidad estratégica.

«En general, la conversación fue franca y profesional. Fue útil para ambas partes», concluyó el comunicado, que también mencionó que los dos líderes podrían volver a hablar este mes o, a más tardar, durante el primer trimestre de 2022.
"""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=200)
    args = ap.parse_args()
    published = dt.date(2021, 12, 30)
    words = len(ARTICLE.split())
    texts = [ARTICLE + f"\nReferencia {k}." for k in range(args.runs + 5)]
    # first call: tables, regexes and caches are built here
    t0 = time.perf_counter()
    found = find_dates(texts[0], "es", published)
    cold = (time.perf_counter() - t0) * 1000
    for t in texts[1:5]:
        find_dates(t, "es", published)
    times = []
    for t in texts[5:]:
        sentences = split_sentences(t)  # the pipeline passes these in; not timed
        t0 = time.perf_counter()
        find_dates(t, "es", published, sentences)
        times.append((time.perf_counter() - t0) * 1000)
    print(f"article: {words} words, {len(ARTICLE)} characters, {len(found)} date expressions")
    print(f"first call (builds tables): {cold:.1f} ms")
    print(
        f"warm: median {statistics.median(times):.2f} ms, "
        f"p90 {sorted(times)[int(len(times) * 0.9)]:.2f} ms over {len(times)} runs"
    )


if __name__ == "__main__":
    main()
