/// Quality measurement.
