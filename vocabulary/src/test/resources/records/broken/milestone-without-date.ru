# focus: https://sample-city.example/experiments/solar#milestone-1
# path: http://purl.org/dc/terms/date
# rule: minCount
# message-fr: Un caillou blanc a une seule date valide : AAAA-MM-JJ, AAAA-MM ou AAAA.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { <https://sample-city.example/experiments/solar#milestone-1> dct:date ?d }
