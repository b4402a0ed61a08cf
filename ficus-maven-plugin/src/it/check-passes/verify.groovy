def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ficus: 2 services, no code crosses a boundary outside the allowed API')
assert !log.contains('[ERROR]')
return true
