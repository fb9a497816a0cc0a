# focus: https://sample-city.example/experiments/solar
# path: http://www.w3.org/ns/adms#status
# rule: minCount
# message-fr: Une expérimentation a exactement un statut : idée, en cours, terminée ou arrêtée.
PREFIX cx: <https://w3id.org/cailloux/ns#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX schema: <http://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX adms: <http://www.w3.org/ns/adms#>
PREFIX igeo: <http://rdf.insee.fr/def/geo#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE WHERE { ?e adms:status ?s }
