# focus: https://sample-city.example/experiments/solar#means-1
# path: http://schema.org/value
# rule: minInclusive
# message-fr: Le montant est un seul nombre positif ou nul.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { <https://sample-city.example/experiments/solar#means-1> schema:value ?v } ;
INSERT DATA { <https://sample-city.example/experiments/solar#means-1> schema:value -5 }
